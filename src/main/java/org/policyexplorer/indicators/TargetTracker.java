package org.policyexplorer.indicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.policyexplorer.domain.Indicator;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.domain.Section;

/**
 * Did they do what they planned? Sets the targets of one year's plan beside the results the next year's
 * review reports for the same indicators, and says of each: met, not met, or not reported.
 */
public final class TargetTracker {
    /** How a target fared. */
    public enum Status {
        MET, NOT_MET, NOT_REPORTED;

        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** One target and what became of it; {@code result} is null when the review does not say. */
    public record Tracked(String name, Indicator target, Indicator result, Status status) {
    }

    /** 增长8%左右 is met by 7.6%: "about" allows this much below, in points for rates, as a share for amounts. */
    static final double ABOUT_POINTS = 0.5;
    static final double ABOUT_SHARE = 0.05;

    private final IndicatorExtractor extractor = new IndicatorExtractor();
    private final IndicatorPairing pairing = new IndicatorPairing();

    /**
     * @param planReport   the report whose plan part sets the targets
     * @param planPart     that part
     * @param reviewReport the (later) report whose review part reports the results
     * @param reviewPart   that part
     */
    public List<Tracked> track(ReportDocument planReport, Section planPart, ReportDocument reviewReport,
                               Section reviewPart) {
        List<Indicator> targets = targetsOf(planReport, planPart);
        List<Indicator> results = extractor.extract(reviewReport).stream()
                .filter(i -> i.kind() == Indicator.Kind.RESULT && inside(i, reviewPart)).toList();
        Map<Indicator, Indicator> resultOf = new HashMap<>();
        for (IndicatorPair pair : pairing.pair(results, targets)) {
            resultOf.put(pair.target(), pair.result());
        }
        List<Tracked> tracked = new ArrayList<>();
        for (Indicator t : targets) {
            Indicator r = resultOf.get(t);
            tracked.add(new Tracked(t.name(), t, r, r == null ? Status.NOT_REPORTED : judge(t, r)));
        }
        return tracked;
    }

    /** The main targets first, then the plan's other figures. */
    private List<Indicator> targetsOf(ReportDocument doc, Section planPart) {
        List<Indicator> targets = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (Indicator t : MainTargets.of(doc)) {
            if (inside(t, planPart) && seen.add(t.start())) {
                targets.add(t);
            }
        }
        for (Indicator t : extractor.extract(doc)) {
            if (t.kind() == Indicator.Kind.TARGET && inside(t, planPart) && seen.add(t.start())) {
                targets.add(t);
            }
        }
        return targets;
    }

    private static boolean inside(Indicator i, Section part) {
        return part.start() <= i.start() && i.end() <= part.end();
    }

    /** Whether the result reaches the target, read with its qualifier (以上, 以内, 左右…) and its verb. */
    static Status judge(Indicator target, Indicator result) {
        Double difference = Measures.difference(result, target);
        if (difference == null) {
            return Status.NOT_REPORTED;
        }
        double t = target.value();
        double shortfall = difference; // target − result, in the target's unit
        String q = target.qualifier() == null ? "" : target.qualifier();
        boolean ceiling = q.equals("以内") || q.equals("以下") || isDecrease(target.change());
        if (ceiling) {
            return shortfall >= 0 ? Status.MET : Status.NOT_MET;
        }
        double allowance = q.equals("左右") || q.equals("约")
                ? ("%".equals(target.unit()) || target.unit().endsWith("百分点") ? ABOUT_POINTS : Math.abs(t) * ABOUT_SHARE)
                : 0;
        return shortfall <= allowance + 1e-9 ? Status.MET : Status.NOT_MET;
    }

    private static boolean isDecrease(String change) {
        return change != null && (change.equals("下降") || change.equals("降低") || change.equals("减少")
                || change.equals("控制在"));
    }
}
