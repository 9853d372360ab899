package org.policyexplorer.indicators;

import java.util.Map;
import java.util.Set;
import org.policyexplorer.domain.Indicator;

/** What kind of measure a figure is, and how far apart two figures of one kind are. */
final class Measures {
    private static final Set<String> RATE_VERBS = Set.of("增长", "提高", "下降", "降低", "增加", "减少", "上涨");
    /** Units of one family, with their scale to the family's base. */
    private static final Map<String, Double> YUAN = Map.of("元", 1.0, "万元", 1e4, "亿元", 1e8);
    private static final Map<String, Double> DOLLAR = Map.of("美元", 1.0, "万美元", 1e4, "亿美元", 1e8);
    private static final Map<String, Double> MU = Map.of("亩", 1.0, "万亩", 1e4);

    private Measures() {
    }

    static boolean isRateVerb(String verb) {
        return RATE_VERBS.contains(verb);
    }

    /** A growth rate, a share or level, a change in points, or a unit family. */
    static String kind(Indicator i) {
        String unit = i.unit();
        if ("%".equals(unit)) {
            return i.change() != null && RATE_VERBS.contains(i.change()) ? "rate" : "share";
        }
        if (unit.endsWith("百分点")) {
            return "points";
        }
        for (Map<String, Double> family : java.util.List.of(YUAN, DOLLAR, MU)) {
            if (family.containsKey(unit)) {
                return family.keySet().stream().sorted().findFirst().orElse(unit);
            }
        }
        String base = unit.startsWith("万") || unit.startsWith("亿") ? unit.substring(1) : unit;
        return base;
    }

    static boolean comparable(Indicator a, Indicator b) {
        return kind(a).equals(kind(b));
    }

    /** Target minus result, in the target's unit; null when they are not of one kind. */
    static Double difference(Indicator result, Indicator target) {
        if (!comparable(result, target) || result.value() == null || target.value() == null) {
            return null;
        }
        double r = result.value() * scale(result.unit());
        double t = target.value() * scale(target.unit());
        double diff = (t - r) / scale(target.unit());
        return Math.round(diff * 1000) / 1000.0;
    }

    /** Target over result in one unit; null when they are not of one kind or the result is not positive. */
    static Double ratio(Indicator result, Indicator target) {
        if (!comparable(result, target) || result.value() == null || target.value() == null || result.value() <= 0) {
            return null;
        }
        return target.value() * scale(target.unit()) / (result.value() * scale(result.unit()));
    }

    private static double scale(String unit) {
        for (Map<String, Double> family : java.util.List.of(YUAN, DOLLAR, MU)) {
            Double s = family.get(unit);
            if (s != null) {
                return s;
            }
        }
        return unit.startsWith("万") ? 1e4 : unit.startsWith("亿") ? 1e8 : 1.0;
    }
}
