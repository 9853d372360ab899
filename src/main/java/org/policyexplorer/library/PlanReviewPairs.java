package org.policyexplorer.library;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policyexplorer.domain.Report;

/**
 * The pairs the library can track: one place's report of a year, whose plan the next year's report reviews
 * (did they do what they planned?). Reports are grouped by place, so a library of thousands is one pass.
 */
public final class PlanReviewPairs {
    /** The earlier report's plan and the later one's review. */
    public record Pair(Report plan, Report review) {
    }

    private PlanReviewPairs() {
    }

    /** Every pair of reports of one place in consecutive years, by place and year. */
    public static List<Pair> of(List<Report> reports) {
        Map<String, Map<Integer, List<Report>>> byPlace = new HashMap<>();
        for (Report r : reports) {
            if (r.place() != null && r.year() != null) {
                byPlace.computeIfAbsent(r.place(), p -> new HashMap<>())
                        .computeIfAbsent(r.year(), y -> new ArrayList<>()).add(r);
            }
        }
        List<Pair> pairs = new ArrayList<>();
        byPlace.forEach((place, byYear) -> byYear.forEach((year, plans) -> {
            for (Report review : byYear.getOrDefault(year + 1, List.of())) {
                plans.forEach(plan -> pairs.add(new Pair(plan, review)));
            }
        }));
        pairs.sort(Comparator.comparing((Pair p) -> p.plan().place())
                .thenComparing(p -> p.plan().year()).thenComparingLong(p -> p.plan().id()));
        return pairs;
    }
}
