package org.policyexplorer.trends;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.policyexplorer.domain.ReportLevel;

/**
 * How often each term occurs per report (or per year, place or level), exactly as search counts it.
 *
 * @param terms the terms, in the order asked
 * @param rows  one per report, or per group; reports without a year or place form their own (unknown) group
 * @param first for each term, the earliest report in which it occurs, or null when it occurs nowhere
 */
public record TermTable(List<String> terms, TermGrouping grouping, List<Row> rows, Map<String, First> first) {

    /**
     * The same counts one row per year, place or level (sums of counts and characters; the unknown value a
     * group of its own, last); this table itself when it is by report already or {@code by} is REPORT.
     */
    public TermTable groupedBy(TermGrouping by) {
        if (by == grouping || by == TermGrouping.REPORT || grouping != TermGrouping.REPORT) {
            return this;
        }
        return new TermTable(terms, by, group(rows, terms, by), first);
    }

    /** The same table with only the rows {@code keep} keeps (to group a part of it: one place, one year). */
    public TermTable only(java.util.function.Predicate<Row> keep) {
        return new TermTable(terms, grouping, rows.stream().filter(keep).toList(), first);
    }

    private static List<TermTable.Row> group(List<TermTable.Row> perReport, List<String> terms, TermGrouping by) {
        Map<Object, List<TermTable.Row>> groups = new LinkedHashMap<>();
        for (TermTable.Row row : perReport) {
            groups.computeIfAbsent(Objects.requireNonNullElse(key(row, by), Unknown.VALUE), k -> new ArrayList<>())
                    .add(row);
        }
        List<TermTable.Row> rows = new ArrayList<>();
        groups.forEach((key, members) -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String term : terms) {
                counts.put(term, members.stream().mapToLong(m -> m.count(term)).sum());
            }
            long chars = members.stream().mapToLong(TermTable.Row::chars).sum();
            TermTable.Row first = members.get(0);
            rows.add(new TermTable.Row(null, null, by == TermGrouping.PLACE && key != Unknown.VALUE ? first.place() : null,
                    by == TermGrouping.YEAR ? first.year() : null, by == TermGrouping.LEVEL ? first.level() : null,
                    chars, counts));
        });
        rows.sort(Comparator.comparing((TermTable.Row r) -> sortKey(r, by) == null)
                .thenComparing(r -> sortKey(r, by), Comparator.nullsLast(Comparator.naturalOrder())));
        return rows;
    }

    /** A group for the reports whose year, place or level is not known: kept, never dropped. */
    private enum Unknown { VALUE }

    private static Object key(TermTable.Row row, TermGrouping by) {
        return switch (by) {
            case YEAR -> row.year();
            case PLACE -> row.place() == null || row.place().isBlank() ? null : row.place();
            case LEVEL -> row.level();
            case REPORT -> row.report();
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparable sortKey(TermTable.Row row, TermGrouping by) {
        return switch (by) {
            case YEAR -> row.year();
            case PLACE -> row.place();
            case LEVEL -> row.level();
            case REPORT -> row.report();
        };
    }

    /**
     * One row: a report (with its place, year, level) or a group (only the grouped field set).
     *
     * @param chars  characters (code points) of the report's text, or of the group's reports together
     * @param counts occurrences per term
     */
    public record Row(Long report, String title, String place, Integer year, ReportLevel level, long chars,
                      Map<String, Long> counts) {
        /** Occurrences per 10,000 characters. */
        public double per10k(String term) {
            return chars == 0 ? 0 : counts.getOrDefault(term, 0L) * 10_000.0 / chars;
        }

        public long count(String term) {
            return counts.getOrDefault(term, 0L);
        }
    }

    /** Where a term first appears: the report of the earliest year holding it (the first imported on a tie). */
    public record First(long report, String title, Integer year) {
    }
}
