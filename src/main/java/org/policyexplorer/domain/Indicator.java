package org.policyexplorer.domain;

import java.util.Locale;

/**
 * One quantitative statement of a report: what is measured, how much, and how it is said.
 * "完成固定资产投资710亿元" → name 固定资产投资, value 710, unit 亿元, change 完成.
 *
 * @param value     null for a target that names no number (外贸进出口实现平稳增长)
 * @param change    the verb that says what happens to it (增长, 新增, 完成, 控制在…), or null
 * @param qualifier 左右, 以上, 以内, 近, 超, 力争…, or null
 * @param text      the phrase as written, from the name to the end of the figure
 * @param start     char offset of {@code text} in the report's text
 */
public record Indicator(Kind kind, String name, Double value, String unit, String change, String qualifier,
                        String text, int start, int end, long sectionId) {

    public enum Kind {
        RESULT, TARGET;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The figure as a reader writes it: "增长8%左右", "710亿元". */
    public String figure() {
        if (value == null) {
            return text;
        }
        String number = value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString(value.longValue()) : stripZeros(value);
        boolean some = "余".equals(qualifier) || "多".equals(qualifier);
        return (change == null || !isRateVerb(change) ? "" : change)
                + (qualifier != null && isLeadingQualifier(qualifier) && !some ? qualifier : "") + number
                + (some ? qualifier : "") + unit
                + (qualifier != null && !isLeadingQualifier(qualifier) && !some ? qualifier : "");
    }

    private static boolean isRateVerb(String change) {
        return change.equals("增长") || change.equals("提高") || change.equals("下降") || change.equals("降低")
                || change.equals("增加") || change.equals("减少");
    }

    static boolean isLeadingQualifier(String q) {
        return !(q.equals("左右") || q.equals("以上") || q.equals("以内") || q.equals("以下") || q.equals("余")
                || q.startsWith("—"));
    }

    /** A value as a reader writes it: 5, 5.5, 326.4. */
    public static String plainNumber(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : stripZeros(v);
    }

    private static String stripZeros(double v) {
        String s = String.format(Locale.ROOT, "%.4f", v);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
