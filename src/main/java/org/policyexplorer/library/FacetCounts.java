package org.policyexplorer.library;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.policyexplorer.domain.Report;
import org.policyexplorer.domain.ReportLevel;

/**
 * The values each facet can take in the library, with how many reports have each: what the facet choices
 * offer. A report whose level, place or year is not known counts under the unknown value (null, shown as
 * 未知), which is listed last and never dropped, so every report can be reached through every facet.
 */
public record FacetCounts(List<Value<ReportLevel>> levels, List<Value<String>> places, List<Value<Integer>> years,
                          int total) {
    /** One value of a facet (null: not known) and how many reports have it. */
    public record Value<T>(T value, int count) {
    }

    public FacetCounts {
        levels = List.copyOf(levels);
        places = List.copyOf(places);
        years = List.copyOf(years);
    }

    public static FacetCounts of(List<Report> reports) {
        return new FacetCounts(
                count(reports, Report::level, Comparator.<ReportLevel>naturalOrder()),
                // the places most reports are from first: 全国 and the provinces of the sample library on top
                count(reports, r -> r.place() == null || r.place().isBlank() ? null : r.place(), null),
                count(reports, Report::year, Comparator.<Integer>reverseOrder()),
                reports.size());
    }

    /** Counts per value, ordered by {@code order} (by count, most first, when null); the unknown value last. */
    private static <T> List<Value<T>> count(List<Report> reports, Function<Report, T> facet, Comparator<T> order) {
        Map<T, Integer> counts = new LinkedHashMap<>();
        reports.forEach(r -> counts.merge(facet.apply(r), 1, Integer::sum));
        Integer unknown = counts.remove(null);
        List<Value<T>> values = new ArrayList<>();
        counts.forEach((value, n) -> values.add(new Value<>(value, n)));
        values.sort(order != null ? Comparator.comparing(Value::value, order)
                : Comparator.comparing((Value<T> v) -> -v.count()).thenComparing(v -> v.value().toString()));
        if (unknown != null) {
            values.add(new Value<>(null, unknown));
        }
        return values;
    }
}
