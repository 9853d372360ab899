package org.policyexplorer.ingest;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;

/**
 * Whether decoded bytes read as text a person wrote, rather than as the mojibake a wrong guess gives. Three
 * measures, each computed from the text: almost every character is a letter, digit, punctuation or space
 * (no replacement characters, controls or private-use code points); and, for text read as GB18030 or Big5, the
 * Han characters are mostly the commonly used ones of that encoding (GB2312, or Big5's frequent level) —
 * real prose uses them almost only, while bytes read in the wrong encoding scatter over the rare ones.
 */
final class TextPlausibility {
    /** Share of characters that must be ordinary text (letters, digits, punctuation, spaces). */
    static final double MIN_ORDINARY = 0.97;
    /** Share of Han characters that must be common ones when the encoding has a common subset. */
    static final double MIN_COMMON_HAN = 0.85;
    /** A text this short says too little to judge its Han characters. */
    private static final int MIN_HAN_TO_JUDGE = 20;

    private static final Charset GB2312 = Charset.forName("GB2312");
    private static final Charset BIG5 = Charset.forName("Big5");

    private TextPlausibility() {
    }

    /** The share of ordinary characters: letters, digits, marks, punctuation, symbols and spaces. */
    static double ordinaryShare(String text) {
        return share(text, TextPlausibility::isOrdinary);
    }

    /** The share of the text's code points that pass the test; 0 for no text. */
    private static double share(String text, java.util.function.IntPredicate test) {
        if (text.isEmpty()) {
            return 0;
        }
        long total = text.codePoints().count();
        return (double) text.codePoints().filter(test).count() / total;
    }

    private static boolean isOrdinary(int cp) {
        if (cp == '\n' || cp == '\r' || cp == '\t' || cp == '\f') {
            return true;
        }
        if (cp == 0xFFFD || Character.isISOControl(cp)) {
            return false;
        }
        int type = Character.getType(cp);
        return type != Character.PRIVATE_USE && type != Character.UNASSIGNED && type != Character.SURROGATE
                && type != Character.FORMAT || cp == 0x200D || cp == 0x200B || cp == 0xFEFF;
    }

    /**
     * The share of Han characters that belong to the commonly used set of the encoding the text was read
     * in (GB2312 for GB18030/GBK, the frequent level A440–C67E for Big5); 1 for other encodings or when the
     * text has too few Han characters to tell.
     */
    static double commonHanShare(String text, String encoding) {
        CharsetEncoder common = commonSet(encoding);
        if (common == null) {
            return 1;
        }
        boolean big5 = common.charset().equals(BIG5);
        int han = 0;
        int inCommon = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN || cp > 0xFFFF) {
                continue;
            }
            han++;
            char c = (char) cp;
            if (common.canEncode(c) && (!big5 || isFrequentBig5(common, c))) {
                inCommon++;
            }
        }
        return han < MIN_HAN_TO_JUDGE ? 1 : (double) inCommon / han;
    }

    /**
     * The share of characters of Chinese text as it is written: Han, ASCII, CJK and full-width punctuation,
     * general punctuation and spaces.
     */
    static double chineseShare(String text) {
        return share(text, TextPlausibility::isChinese);
    }

    private static boolean isChinese(int cp) {
        boolean ascii = cp < 0x80 && (cp >= 0x20 || cp == '\n' || cp == '\r' || cp == '\t');
        return ascii || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF00 && cp <= 0xFFEF || cp >= 0x2000 && cp <= 0x206F
                || cp == 0x00B7 || cp == 0x00D7;
    }

    static boolean plausible(String text, String encoding) {
        return ordinaryShare(text) >= MIN_ORDINARY && commonHanShare(text, encoding) >= MIN_COMMON_HAN;
    }

    private static CharsetEncoder commonSet(String encoding) {
        String e = encoding.toUpperCase(java.util.Locale.ROOT);
        if (e.startsWith("GB")) {
            return GB2312.newEncoder();
        }
        if (e.startsWith("BIG5")) {
            return BIG5.newEncoder();
        }
        return null;
    }

    /** Big5 puts its 5,401 frequently used characters at A440–C67E. */
    private static boolean isFrequentBig5(CharsetEncoder big5, char c) {
        try {
            java.nio.ByteBuffer b = big5.encode(java.nio.CharBuffer.wrap(new char[] {c}));
            if (b.remaining() != 2) {
                return false;
            }
            int code = ((b.get(0) & 0xFF) << 8) | (b.get(1) & 0xFF);
            return code >= 0xA440 && code <= 0xC67E;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }
}
