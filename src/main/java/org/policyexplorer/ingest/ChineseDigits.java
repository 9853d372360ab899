package org.policyexplorer.ingest;

/** Digits as reports write them: full-width (１９８４), Chinese (二〇二六年一月), and small Chinese numerals. */
final class ChineseDigits {
    private static final String HAN_DIGITS = "〇一二三四五六七八九";

    private ChineseDigits() {
    }

    /**
     * The text with full-width digits made ASCII and Chinese digit runs that spell a year ("二〇二六年")
     * written in ASCII; same length, so positions stay valid.
     */
    static String toAscii(String text) {
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (c >= '０' && c <= '９') {
                out[i] = (char) ('0' + (c - '０'));
            }
        }
        // 二〇二六年: four Chinese digits, one of them 〇 or the run starting 一九/二〇, followed by 年
        for (int i = 0; i + 4 < out.length; i++) {
            if (out[i + 4] == '年' && isHanDigitRun(out, i, 4) && (out[i] == '一' || out[i] == '二')
                    && (out[i + 1] == '九' || out[i + 1] == '〇') && (i == 0 || HAN_DIGITS.indexOf(out[i - 1]) < 0)) {
                for (int k = 0; k < 4; k++) {
                    out[i + k] = (char) ('0' + HAN_DIGITS.indexOf(out[i + k]));
                }
            }
        }
        return new String(out);
    }

    private static boolean isHanDigitRun(char[] chars, int from, int length) {
        for (int k = from; k < from + length; k++) {
            if (HAN_DIGITS.indexOf(chars[k]) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The value of a numeral from 一 to 九十九 (一, 十, 十四, 二十, 二十三). */
    static int value(String numeral) {
        int tens = numeral.indexOf('十');
        if (tens < 0) {
            return HAN_DIGITS.indexOf(numeral.charAt(0));
        }
        int high = tens == 0 ? 1 : HAN_DIGITS.indexOf(numeral.charAt(0));
        int low = tens == numeral.length() - 1 ? 0 : HAN_DIGITS.indexOf(numeral.charAt(tens + 1));
        return high * 10 + low;
    }
}
