package org.policyexplorer.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures in a text: a number (arabic, or Chinese from 两 up), an optional 万/亿, 余/多, a unit of
 * measure, and the qualifiers around it (近8万亩, 增长8%左右, 100余场). Numbers that are not amounts are
 * left alone: ordinals (第十六届, 第48位), dates and years (1月16日, 2017年; 年, 月, 日 are no units), names
 * in quotes (“5215”工业大企业培育计划, “五个一”工程) and numbers that are part of a name (345国道, 1号线).
 */
final class Quantities {
    /** Longest first, so 个百分点 wins over 个 and 亿美元 over 美元. */
    private static final String UNITS = String.join("|", "亿美元", "万美元", "美元", "亿元", "万元", "元", "个百分点",
            "百分点", "%", "％", "‰", "平方公里", "平方米", "公顷", "亩", "公里", "千米", "米", "吨", "斤", "千瓦时", "千瓦",
            "人次", "人", "名", "个", "家", "户", "座", "套", "件", "项", "辆", "所", "场", "条", "台", "批", "间", "张",
            "棵", "株", "处", "块", "倍", "篇", "部", "支", "艘", "架", "列", "只", "片", "类", "宗", "栋", "幢", "道",
            "级", "枚");
    private static final Pattern QUANTITY = Pattern.compile(
            "(近|超过|超|约|逾|不低于|不少于)?"
            + "(\\d+(?:\\.\\d+)?|[一两二三四五六七八九十百千]+)"
            + "(万|亿)?(余|多)?(" + UNITS + ")"
            + "(左右|以上|以内|以下)?");
    private static final String HAN_NUMERALS = "零一两二三四五六七八九十百千万亿";
    /** "4.5-5%": a range whose lower end is written without its unit, just before the figure. */
    private static final Pattern BARE_LOWER_END = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(?:-|—|－|～|~|至)\\s*$");
    private static final int LOWER_END_REACH = 12;

    /** A figure found at {@code [start, end)}; {@code valueStart} is where its number begins. */
    record Quantity(int start, int valueStart, int end, double value, String unit, String qualifier) {
    }

    private Quantities() {
    }

    static List<Quantity> in(String text) {
        List<Quantity> found = new ArrayList<>();
        Matcher m = QUANTITY.matcher(text);
        while (m.find()) {
            int numberStart = m.start(2);
            Matcher lower = BARE_LOWER_END.matcher(text.substring(Math.max(0, numberStart - LOWER_END_REACH),
                    numberStart));
            if (m.group(1) == null && Character.isDigit(m.group(2).charAt(0)) && lower.find()
                    && !insideQuotes(text, m.start())) {
                found.add(range(m, numberStart - (lower.regionEnd() - lower.start()), lower.group(1)));
                continue;
            }
            if (!isAmount(text, m, numberStart)) {
                continue;
            }
            String number = m.group(2);
            Double value = Character.isDigit(number.charAt(0)) ? Double.valueOf(number) : ChineseNumbers.parse(number);
            if (value == null) {
                continue;
            }
            String unit = (m.group(3) == null ? "" : m.group(3)) + ("％".equals(m.group(5)) ? "%" : m.group(5));
            String qualifier = m.group(1) != null ? m.group(1) : m.group(6) != null ? m.group(6) : m.group(4);
            found.add(new Quantity(m.start(), numberStart, m.end(), value, unit, qualifier));
        }
        return found;
    }

    /**
     * The range "4.5-5%" as the one figure "5%—5.5%" is: the lower end's value, the unit, and the upper end
     * as its qualifier ("—5%"), starting where the lower end is written, so its name is read from before it.
     */
    private static Quantity range(Matcher upper, int start, String lowerNumber) {
        String unit = (upper.group(3) == null ? "" : upper.group(3)) + ("％".equals(upper.group(5)) ? "%" : upper.group(5));
        return new Quantity(start, start, upper.end(), Double.parseDouble(lowerNumber), unit,
                "—" + upper.group(2) + (upper.group(3) == null ? "" : upper.group(3)) + upper.group(5));
    }

    private static boolean isAmount(String text, Matcher m, int numberStart) {
        String number = m.group(2);
        char before = numberStart > 0 ? text.charAt(numberStart - 1) : ' ';
        if (before == '第' || Character.isDigit(before) || before == '.' || HAN_NUMERALS.indexOf(before) >= 0) {
            return false;
        }
        boolean chinese = !Character.isDigit(number.charAt(0));
        if (chinese && (number.equals("一") || number.equals("十") || number.equals("百") || number.equals("千"))) {
            return false; // 一批, 一个: an article; 千万美元: "tens of millions", a size class, not an amount
        }
        char after = m.end() < text.length() ? text.charAt(m.end()) : ' ';
        if ("以上".equals(m.group(6)) && isHan(after) && after != '。') {
            return false; // 亿元以上项目, 60%以上的投资: a threshold inside a name
        }
        if (chinese && m.end() < text.length() && IndicatorExtractor.CLAUSE_END.indexOf(after) < 0) {
            return false; // 两个合作区, 两家企业跻身…: a count inside a phrase; 基地两个。 ends its clause
        }
        if (text.startsWith("方面", m.end())) {
            return false; // 七个方面工作: the report's own structure
        }
        return !insideQuotes(text, m.start());
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Names in quotes (“5215”工业, “三河三行业”) are not amounts. */
    private static boolean insideQuotes(String text, int at) {
        int open = Math.max(text.lastIndexOf('“', at), text.lastIndexOf('《', at));
        int close = Math.max(text.lastIndexOf('”', at), text.lastIndexOf('》', at));
        return open > close;
    }
}
