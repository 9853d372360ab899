package org.policyexplorer.indicators;

import java.util.List;

/**
 * Reads the indicator's name and its verb from the words before a figure: "完成固定资产投资" → 固定资产投资,
 * 完成; "地区生产总值增长" → 地区生产总值, 增长; "新开工亿元以上产业项目" → the same name, 新开工 (a verb that
 * defines what is counted stays in the name, as planners write 新增城镇就业).
 */
final class IndicatorNames {
    /** Words before the subject that say when, where or how much effort: not part of the name. */
    private static final List<String> FILLERS = List.of("全年", "全区", "全市", "全省", "全县", "全旗", "今年",
            "年内", "其中", "累计", "共计", "总计", "共", "同比", "力争", "确保", "预计", "争取", "并", "又", "还", "均",
            "认真", "扎实", "全力", "积极", "大力", "全面", "进一步", "分别", "将", "、", "和", "及");
    /** Verbs between the name and the figure: what happens to it. */
    private static final List<String> TRAILING_VERBS = List.of("控制在", "保持在", "稳定在", "分别增长", "年均增长", "增长", "上涨",
            "提高", "下降", "降低", "减少", "增加", "达到", "超过", "突破", "提升", "缩短至", "达", "为", "是", "至");
    /** Verbs before the name: what was done to it. Those in {@link #STATEMENT_VERBS} are not part of the name. */
    private static final List<String> LEADING_VERBS = List.of("新开工", "新引进", "新认定", "新备案", "新(扩)建",
            "新建", "新增", "新开", "提档升级", "提升改造", "实施", "建成", "改造", "引进", "培育", "认定", "签约", "开展",
            "举办", "办好", "投放", "完成", "实现", "注册", "创成", "打造", "整治", "开工", "竣工", "发放", "减免", "帮助", "吸引",
            "招引", "建设", "新改建", "改建", "扩建", "治理", "修复", "植树", "造林");
    private static final List<String> STATEMENT_VERBS = List.of("完成", "实现", "办好");
    private static final List<String> CONNECTORS = List.of("和", "及", "与", "或", "、");

    /** Where a name read after its figure stops: the verb that follows it. */
    private static final List<String> AFTER_STOPS = List.of("正式", "列入", "入选", "获", "被", "达", "完成", "实现",
            "建成", "投入", "运营", "开工", "跻身", "的");

    /**
     * A name and a verb; either may be empty. {@code inherit} is set when the words are only a verb or a
     * connector ("增长10%", "和8%"): the figure measures the same thing as the one before it.
     * {@code nameFollows} is set when they end in an action verb with no object ("完成15家…"): the name
     * comes after the figure.
     */
    record NameAndChange(String name, String change, int nameOffset, boolean inherit, boolean nameFollows) {
    }

    private IndicatorNames() {
    }

    /** Whether a verb says what is counted (新增, 实施, 新开工), not merely that a level was reached (达到, 完成). */
    static boolean definesMeasure(String verb) {
        return verb != null && LEADING_VERBS.contains(verb) && !STATEMENT_VERBS.contains(verb);
    }

    /** Reads a clause's words before a figure; {@code nameOffset} is where the phrase as written starts in it. */
    static NameAndChange read(String before) {
        String words = before.strip();
        boolean saidSomething = !words.isEmpty();
        int offset = before.length() - before.stripLeading().length();
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String filler : FILLERS) {
                if (words.startsWith(filler) && words.length() > filler.length()) {
                    words = words.substring(filler.length());
                    offset += filler.length();
                    stripped = true;
                }
            }
        }
        String change = null;
        for (String verb : TRAILING_VERBS) {
            if (words.endsWith(verb)) {
                change = verb.startsWith("分别") || verb.startsWith("年均") ? verb.substring(2) : verb;
                words = words.substring(0, words.length() - verb.length());
                break;
            }
        }
        // "城镇和农村居民人均可支配收入分别达…": 分别 belongs to the verb, not the name
        if (words.endsWith("分别")) {
            words = words.substring(0, words.length() - 2);
        }
        String name = words;
        boolean nameFollows = false;
        for (String verb : LEADING_VERBS) {
            if (words.startsWith(verb)) {
                if (change == null) {
                    change = verb;
                }
                if (STATEMENT_VERBS.contains(verb)) {
                    name = words.substring(verb.length());
                }
                break;
            }
        }
        for (String verb : LEADING_VERBS) {
            if (words.endsWith(verb)) {
                nameFollows = true;
                change = change == null ? verb : change;
                name = STATEMENT_VERBS.contains(verb) ? words.substring(0, words.length() - verb.length()) : words;
                break;
            }
        }
        name = trimEnds(name);
        boolean inherit = saidSomething && !nameFollows && (CONNECTORS.contains(name) || name.isEmpty());
        return new NameAndChange(name, change, offset, inherit, nameFollows);
    }

    /** The noun after a figure ("10件32项民生实事" → 民生实事), for figures that come before their name. */
    static String after(String following) {
        String s = following.startsWith("的") ? following.substring(1) : following;
        int end = 0;
        while (end < s.length() && end < 14 && Character.UnicodeScript.of(s.charAt(end)) == Character.UnicodeScript.HAN) {
            end++;
        }
        for (String stop : AFTER_STOPS) {
            int at = s.indexOf(stop);
            if (at > 1 && at < end) {
                end = at;
            }
        }
        return s.substring(0, end);
    }

    private static String trimEnds(String s) {
        String t = s.strip();
        while (!t.isEmpty() && "的了，,、和及与".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }
}
