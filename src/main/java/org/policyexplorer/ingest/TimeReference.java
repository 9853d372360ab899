package org.policyexplorer.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The times a heading or a sentence speaks of, relative to the report's own year: a work report reviews
 * the year before it was delivered and the five-year period just ended, and plans its own year and the
 * period just begun. Found are calendar years ("2025年", "１９８４年"), five-year periods ("十四五", "六五计划",
 * "第六个五年计划") and the relative phrases of the genre ("过去一年", "今年", "五年来", "今后五年").
 */
final class TimeReference {
    /** What a mention refers to, seen from the report's year. */
    enum Tense { PAST_YEAR, THIS_YEAR, PAST_PERIOD, COMING_PERIOD }

    /** One mention: where it starts in the text, its tense and, for a single year, which. */
    record Mention(int start, Tense tense, Integer year) {
        boolean isYear() {
            return tense == Tense.PAST_YEAR || tense == Tense.THIS_YEAR;
        }

        boolean isPast() {
            return tense == Tense.PAST_YEAR || tense == Tense.PAST_PERIOD;
        }
    }

    private static final Pattern CALENDAR_YEAR = Pattern.compile("(?<![0-9０-９])((?:19|20)[0-9]{2})\\s*年(?!代)");
    /** 十一五 … 十九五, and the older 六五 … 九五 when they name a plan or period. */
    private static final Pattern PERIOD = Pattern.compile(
            "十([一二三四五六七八九])五|([六七八九])五(?=计划|时期|期间)|第([一二三四五六七八九十]{1,3})个五年(?:计划|规划)"
                    + "|“(十)五”|(?<![十第])(十)五(?=计划|时期|期间)");
    private static final Pattern LAST_YEAR = Pattern.compile("过去一年|过去的一年|一年来|这一年|去年|上一年|刚刚过去的一年");
    private static final Pattern THIS_YEAR = Pattern.compile("今年|本年度|新的一年");
    private static final Pattern PAST_FIVE = Pattern.compile("过去五年|五年来|这五年|本届政府|过去的五年");
    private static final Pattern COMING_FIVE = Pattern.compile("今后五年|未来五年|今后一个时期|今后一段时期");
    /** The first year of the n-th five-year plan, from the third (1966–1970) on. */
    private static final int THIRD_PLAN_START = 1966;

    private TimeReference() {
    }

    /** Every time the text speaks of, in order; empty when the report's year is unknown and none is a calendar year. */
    static List<Mention> mentions(String text, Integer reportYear) {
        String t = ChineseDigits.toAscii(text);
        List<Mention> found = new ArrayList<>();
        Matcher m = CALENDAR_YEAR.matcher(t);
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            // a year beyond the report's own is a long-range goal ("二〇三五年远景目标"), like a period ahead
            Tense tense = reportYear == null || year < reportYear ? Tense.PAST_YEAR
                    : year == reportYear ? Tense.THIS_YEAR : Tense.COMING_PERIOD;
            found.add(new Mention(m.start(), tense, year));
        }
        m = PERIOD.matcher(t);
        while (m.find()) {
            int plan = m.group(1) != null ? 10 + ChineseDigits.value(m.group(1))
                    : m.group(2) != null ? ChineseDigits.value(m.group(2))
                    : m.group(3) != null ? ChineseDigits.value(m.group(3)) : 10; // 十五: the tenth, 2001–2005
            int from = THIRD_PLAN_START + 5 * (plan - 3);
            int to = from + 4;
            Tense tense = reportYear == null || to >= reportYear ? Tense.COMING_PERIOD : Tense.PAST_PERIOD;
            found.add(new Mention(m.start(), tense, null));
        }
        addRelative(found, LAST_YEAR, t, Tense.PAST_YEAR, reportYear == null ? null : reportYear - 1);
        addRelative(found, THIS_YEAR, t, Tense.THIS_YEAR, reportYear);
        addRelative(found, PAST_FIVE, t, Tense.PAST_PERIOD, null);
        addRelative(found, COMING_FIVE, t, Tense.COMING_PERIOD, null);
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    private static void addRelative(List<Mention> found, Pattern p, String text, Tense tense, Integer year) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            found.add(new Mention(m.start(), tense, year));
        }
    }

    /** The mention a sentence opens with (within its first few characters, after an address), or null. */
    static Mention opening(String sentence, Integer reportYear) {
        List<Mention> found = mentions(withoutAddress(sentence), reportYear);
        return found.isEmpty() || found.get(0).start() >= OPENING_REACH ? null : found.get(0);
    }

    /** "各位代表！刚刚过去的2025年…", "各位代表，同志们！2026年是…": the address does not hide the opening. */
    static String withoutAddress(String paragraph) {
        if (!paragraph.startsWith("各位代表")) {
            return paragraph;
        }
        int cut = 4;
        while (cut < paragraph.length() && "！!，,：:、同志们".indexOf(paragraph.charAt(cut)) >= 0) {
            cut++;
        }
        return paragraph.substring(cut);
    }

    /** "刚刚过去的2025年，…", "“十五五”时期是…": the time a sentence is about sits in its first characters. */
    private static final int OPENING_REACH = 6;
}
