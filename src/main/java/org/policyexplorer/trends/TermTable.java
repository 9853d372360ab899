package org.policyexplorer.trends;

import java.util.List;
import java.util.Map;
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
