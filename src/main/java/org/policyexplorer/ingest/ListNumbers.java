package org.policyexplorer.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Word's automatic list numbering, counted again: the numbers a Word document shows before its outline's
 * headings (一、 （一） 1. （1）) are not in the paragraphs' text, only in its numbering definitions, so they are
 * rebuilt here from those definitions, paragraph by paragraph in document order.
 *
 * <p>As Word counts: every list (a {@code w:abstractNum} of a .docx, an LST of a .doc) has one counter per
 * level, shared by all the list instances ({@code w:num}, LFO) that point to it; a level counts on from the
 * previous paragraph of that level, and an item of a level starts every deeper level again. An instance may
 * override a level's start ({@code w:startOverride}): the override resets that level when the instance is first
 * used. (LibreOffice writes a .docx in just this way: one instance per paragraph, the restart as an override.)
 */
final class ListNumbers {
    /** The most levels Word has. */
    static final int LEVELS = 9;
    private static final int UNSET = Integer.MIN_VALUE;
    /** Digits written one by one (二〇二五) and in counting (一百零一): zero differs. */
    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";
    private static final String COUNTING_DIGITS = "零一二三四五六七八九";
    private static final String LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

    /**
     * One level of a list's definition.
     *
     * @param format  the number format, by its OOXML name ({@code decimal}, {@code chineseCounting}, …)
     * @param text    the level's text: {@code %1}…{@code %9} (a .docx) or the characters U+0000…U+0008 (a .doc)
     *                stand for the current number of that level
     * @param legal   legal numbering: every number shown in decimal
     */
    record Level(int start, String format, String text, boolean legal) {
    }

    private final Map<Object, int[]> counters = new HashMap<>();
    private final Set<Object> usedInstances = new HashSet<>();

    /**
     * The label of the next paragraph of a list, or "" when its level shows no number (a bullet, "none").
     *
     * @param list      the list whose counters it shares
     * @param instance  the list instance the paragraph names; its overrides apply the first time it is seen
     * @param overrides level → start value of this instance's {@code startOverride}s
     */
    String next(Object list, Object instance, Map<Integer, Integer> overrides, Level[] levels, int level) {
        int[] values = counters.computeIfAbsent(list, k -> unset());
        if (usedInstances.add(instance)) {
            overrides.forEach((lvl, start) -> {
                if (lvl >= 0 && lvl < LEVELS) {
                    values[lvl] = start - 1;
                }
            });
        }
        if (level < 0 || level >= LEVELS || level >= levels.length || levels[level] == null) {
            return "";
        }
        if (values[level] == UNSET) {
            values[level] = levels[level].start() - 1;
        }
        values[level]++;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            values[deeper] = UNSET;
        }
        Level def = levels[level];
        String format = def.format() == null ? "decimal" : def.format();
        if (format.equals("bullet") || format.equals("none") || def.text() == null) {
            return "";
        }
        StringBuilder label = new StringBuilder();
        String text = def.text();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int referenced = -1;
            if (c == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
                referenced = text.charAt(++i) - '1';
            } else if (c < LEVELS) {
                referenced = c;
            }
            if (referenced < 0) {
                label.append(c);
                continue;
            }
            Level shown = referenced < levels.length ? levels[referenced] : null;
            int value = values[referenced] != UNSET ? values[referenced] : shown == null ? 1 : shown.start();
            String shownFormat = shown == null || shown.format() == null ? "decimal" : shown.format();
            label.append(format(value, def.legal() && referenced != level ? "decimal" : shownFormat));
        }
        return label.toString();
    }

    private static int[] unset() {
        int[] values = new int[LEVELS];
        java.util.Arrays.fill(values, UNSET);
        return values;
    }

    /** A number in one of Word's formats; formats this does not know are written in decimal. */
    static String format(int n, String format) {
        switch (format) {
            case "decimalZero":
                return n < 10 && n >= 0 ? "0" + n : Integer.toString(n);
            case "upperRoman":
                return roman(n);
            case "lowerRoman":
                return roman(n).toLowerCase(Locale.ROOT);
            case "upperLetter":
                return letters(n, 'A');
            case "lowerLetter":
                return letters(n, 'a');
            case "chineseCounting":
            case "chineseCountingThousand":
            case "japaneseCounting":
            case "taiwaneseCounting":
            case "taiwaneseCountingThousand":
                return chineseCounting(n, COUNTING_DIGITS, "十百千");
            case "chineseLegalSimplified":
                return chineseCounting(n, LEGAL_DIGITS, "拾佰仟");
            case "ideographDigital":
            case "taiwaneseDigital":
                return digits(n, CHINESE_DIGITS);
            case "ideographTraditional":
                return n >= 1 && n <= 10 ? String.valueOf(HEAVENLY_STEMS.charAt(n - 1)) : Integer.toString(n);
            case "ideographZodiac":
                return n >= 1 && n <= 12 ? String.valueOf(EARTHLY_BRANCHES.charAt(n - 1)) : Integer.toString(n);
            case "decimalFullWidth":
            case "decimalFullWidth2":
                return digits(n, "０１２３４５６７８９");
            case "decimalEnclosedCircle":
            case "decimalEnclosedCircleChinese":
                return n >= 1 && n <= 20 ? String.valueOf((char) ('\u2460' + n - 1)) : Integer.toString(n);
            case "decimalEnclosedParen":
                return n >= 1 && n <= 20 ? String.valueOf((char) ('\u2474' + n - 1)) : "(" + n + ")";
            case "decimalEnclosedFullstop":
                return n >= 1 && n <= 20 ? String.valueOf((char) ('\u2488' + n - 1)) : n + ".";
            default:
                return Integer.toString(n);
        }
    }

    /**
     * Word's format names by the number a .doc stores ({@code nfc}): the same order as OOXML's
     * {@code ST_NumberFormat}. LibreOffice writes Chinese counting (一、二、…十一) as 39, chineseCountingThousand.
     */
    private static final String[] DOC_FORMATS = {
        "decimal", "upperRoman", "lowerRoman", "upperLetter", "lowerLetter", "ordinal", "cardinalText",
        "ordinalText", "hex", "chicago", "ideographDigital", "japaneseCounting", "aiueo", "iroha",
        "decimalFullWidth", "decimalHalfWidth", "japaneseLegal", "japaneseDigitalTenThousand",
        "decimalEnclosedCircle", "decimalFullWidth2", "aiueoFullWidth", "irohaFullWidth", "decimalZero", "bullet",
        "ganada", "chosung", "decimalEnclosedFullstop", "decimalEnclosedParen", "decimalEnclosedCircleChinese",
        "ideographEnclosedCircle", "ideographTraditional", "ideographZodiac", "ideographZodiacTraditional",
        "taiwaneseCounting", "ideographLegalTraditional", "taiwaneseCountingThousand", "taiwaneseDigital",
        "chineseCounting", "chineseLegalSimplified", "chineseCountingThousand",
    };

    static String docFormat(int nfc) {
        if (nfc == 255) {
            return "none";
        }
        return nfc >= 0 && nfc < DOC_FORMATS.length ? DOC_FORMATS[nfc] : "decimal";
    }

    /** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 101 → 一百零一, 110 → 一百一十. */
    static String chineseCounting(int n, String digits, String units) {
        if (n <= 0 || n >= 10000) {
            return Integer.toString(n);
        }
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        if (n < 20) {
            return units.charAt(0) + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
        }
        StringBuilder out = new StringBuilder();
        int[] place = {1000, 100, 10, 1};
        boolean zero = false;
        for (int i = 0; i < place.length; i++) {
            int d = n / place[i] % 10;
            if (d == 0) {
                zero = out.length() > 0;
                continue;
            }
            if (zero) {
                out.append(digits.charAt(0));
                zero = false;
            }
            out.append(digits.charAt(d));
            if (i < 3) {
                out.append(units.charAt(2 - i));
            }
        }
        return out.toString();
    }

    private static String digits(int n, String digits) {
        StringBuilder out = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            out.append(c == '-' ? '-' : digits.charAt(c - '0'));
        }
        return out.toString();
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return Integer.toString(n);
        }
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (n >= values[i]) {
                out.append(symbols[i]);
                n -= values[i];
            }
        }
        return out.toString();
    }

    /** 1 → A, 26 → Z, 27 → AA, 28 → BB (Word repeats the letter). */
    private static String letters(int n, char a) {
        if (n <= 0) {
            return Integer.toString(n);
        }
        char letter = (char) (a + (n - 1) % 26);
        return String.valueOf(letter).repeat((n - 1) / 26 + 1);
    }
}
