package org.policyexplorer.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads place and year from a report's opening lines ("——2022年1月20日在广东省第十三届" /
 * "人民代表大会第五次会议上", "2026年辽宁省政府工作报告", "海拉尔区人民政府区长").
 */
final class TitleLines {
    private static final String PLACE = "(\\p{IsHan}{2,12}?(?:省|自治区|市|区|县|州|盟|旗))";
    private static final Pattern CONGRESS = Pattern.compile("在" + PLACE + "第[一二三四五六七八九十]+届");
    private static final Pattern REPORT_TITLE =
            Pattern.compile("(?:(?:19|20)\\d{2}年)?" + PLACE + "(?:人民)?政府工作报告");
    private static final Pattern GOVERNMENT = Pattern.compile(PLACE + "人民政府");
    private static final Pattern DELIVERY_DATE = Pattern.compile("((?:19|20)\\d{2})年\\d{1,2}月\\d{1,2}日");
    private static final Pattern TITLE_YEAR = Pattern.compile("((?:19|20)\\d{2})年.{0,12}?政府工作报告");
    /** Letter-spaced titles ("政 府 工 作 报 告") read as one word. */
    private static final Pattern SPACE_BETWEEN_HAN = Pattern.compile("(?<=\\p{IsHan})[\\s\u3000]+(?=\\p{IsHan})");
    static final int HEADER_LINES = 8;

    private final String header;

    TitleLines(List<String> openingLines) {
        StringBuilder joined = new StringBuilder();
        for (String line : openingLines.subList(0, Math.min(HEADER_LINES, openingLines.size()))) {
            joined.append(SPACE_BETWEEN_HAN.matcher(line).replaceAll(""));
        }
        header = joined.toString();
    }

    String place() {
        for (Pattern p : List.of(CONGRESS, REPORT_TITLE, GOVERNMENT)) {
            Matcher m = p.matcher(header);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    Integer year() {
        for (Pattern p : List.of(DELIVERY_DATE, TITLE_YEAR)) {
            Matcher m = p.matcher(header);
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        return null;
    }
}
