package org.policyexplorer.indicators;

/** Reads numbers written in Chinese characters: 两 → 2, 十二 → 12, 三百五十 → 350, 一千二百 → 1200. */
final class ChineseNumbers {
    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumbers() {
    }

    /** The value, or null if the text is not a Chinese numeral. */
    static Double parse(String text) {
        if (text.isEmpty()) {
            return null;
        }
        long total = 0;
        long current = 0;
        boolean any = false;
        for (char c : text.toCharArray()) {
            int digit = c == '两' ? 2 : DIGITS.indexOf(c);
            if (digit >= 0) {
                current = digit;
                any = true;
                continue;
            }
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                default -> -1;
            };
            if (unit < 0) {
                return null;
            }
            total += (current == 0 ? 1 : current) * unit; // 十二 is 12, 百 alone is a hundred
            current = 0;
            any = true;
        }
        return any ? (double) (total + current) : null;
    }
}
