package org.policyexplorer.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads place and year from a report's title block: the lines above the salutation "各位代表" ("——2022年1月20日在
 * 广东省第十三届" / "人民代表大会第五次会议上", "2026年辽宁省政府工作报告", "海拉尔区人民政府区长"), or its first
 * lines where there is no salutation. A report to the National People's Congress is the nation's (全国).
 */
final class TitleLines {
    /** A place name: one Han character or more before its suffix (易县, 甘肃省, 保定市清苑区). */
    private static final String PLACE = "(\\p{IsHan}{1,12}?(?:省|自治区|市|区|县|州|盟|旗))";
    private static final Pattern CONGRESS = Pattern.compile("在" + PLACE + "第?[一二三四五六七八九十]+届");
    /** The title block of a report to the National People's Congress names it. */
    private static final Pattern NATIONAL_CONGRESS = Pattern.compile("全国人民代表大会");
    /** Without a title block, the speaker says for whom he speaks. */
    private static final Pattern FOR_THE_STATE_COUNCIL = Pattern.compile("代表国务院");
    private static final Pattern REPORT_TITLE =
            Pattern.compile("(?:(?:19|20)\\d{2}年)?" + PLACE + "(?:(?:19|20)\\d{2}年)?(?:人民)?政府工作报告");
    private static final Pattern GOVERNMENT = Pattern.compile(PLACE + "人民政府");
    /** "我代表上海市人民政府": the speaker's own words, where the title block names no place. */
    private static final Pattern SPEAKING_FOR = Pattern.compile("代表" + PLACE + "人民政府");
    private static final Pattern HEAD_OF_GOVERNMENT = Pattern.compile(PLACE + "(?:代理|代)?(?:省长|市长|区长|县长|州长|主席|旗长)");
    private static final Pattern DELIVERY_DATE = Pattern.compile("((?:19|20)\\d{2})年\\d{1,2}月\\d{1,2}日");
    /** "二〇二六年一月二十七日": a date in Chinese numerals, once its year is made ASCII. */
    private static final Pattern DELIVERY_DATE_HAN = Pattern.compile("((?:19|20)\\d{2})年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日");
    private static final Pattern TITLE_YEAR = Pattern.compile("((?:19|20)\\d{2})年?.{0,12}?政府工作报告");
    /** Letter-spaced titles ("政 府 工 作 报 告") read as one word. */
    private static final Pattern SPACE_BETWEEN_HAN = Pattern.compile("(?<=\\p{IsHan})[\\s\u3000]+(?=\\p{IsHan})");
    /** Without a salutation, the title block is taken to be this many lines. */
    static final int HEADER_LINES = 8;
    private static final int SALUTATION_REACH = 30;
    /** Where the title block names no place, the first paragraph may ("我代表上海市人民政府"). */
    private static final int OPENING_CHARS = 400;

    private final String header;
    private final String opening;

    TitleLines(List<String> lines) {
        int end = Math.min(HEADER_LINES, lines.size());
        for (int i = 0; i < Math.min(SALUTATION_REACH, lines.size()); i++) {
            if (lines.get(i).startsWith("各位代表")) {
                end = Math.max(i, 1);
                break;
            }
        }
        StringBuilder joined = new StringBuilder();
        for (String line : lines.subList(0, end)) {
            joined.append(SPACE_BETWEEN_HAN.matcher(line).replaceAll("")).append('\n');
        }
        header = ChineseDigits.toAscii(joined.toString());
        StringBuilder first = new StringBuilder(header);
        for (int i = end; i < lines.size() && first.length() < header.length() + OPENING_CHARS; i++) {
            first.append(lines.get(i)).append('\n');
        }
        opening = first.length() > header.length() + OPENING_CHARS
                ? first.substring(0, header.length() + OPENING_CHARS) : first.toString();
    }

    String place() {
        if (NATIONAL_CONGRESS.matcher(header).find()) {
            return ReportLevels.NATION;
        }
        for (Pattern p : List.of(CONGRESS, REPORT_TITLE, HEAD_OF_GOVERNMENT, GOVERNMENT)) {
            Matcher m = p.matcher(header);
            if (m.find()) {
                return m.group(1);
            }
        }
        if (FOR_THE_STATE_COUNCIL.matcher(opening).find()) {
            return ReportLevels.NATION;
        }
        for (Pattern p : List.of(CONGRESS, SPEAKING_FOR)) {
            Matcher m = p.matcher(opening);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    Integer year() {
        for (Pattern p : List.of(DELIVERY_DATE, DELIVERY_DATE_HAN, TITLE_YEAR)) {
            Matcher m = p.matcher(header);
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        return null;
    }
}
