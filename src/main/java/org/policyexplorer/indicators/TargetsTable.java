package org.policyexplorer.indicators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policyexplorer.domain.Indicator;
import org.policyexplorer.domain.Report;
import org.policyexplorer.domain.ReportDocument;

/**
 * Every report's main expected targets in one table: a row per report, a column per indicator. Reports name
 * one indicator differently (全省地区生产总值, 生产总值, GDP), so columns are the names of the synonym table;
 * the indicators most reports name come first, so 地区生产总值 leads where every report has it.
 *
 * @param indicators the columns, in order
 * @param rows       one per report, by place and year (those not known last)
 */
public record TargetsTable(List<String> indicators, List<Row> rows) {

    /** A report and its main target for each indicator it names (the first, where it names one twice). */
    public record Row(Report report, Map<String, Indicator> targets) {
        public Row {
            targets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(targets));
        }

        /** The target for an indicator column, or null when the report names none. */
        public Indicator target(String indicator) {
            return targets.get(indicator);
        }
    }

    /** Reports by place, then year; a report without either (shown as 未知) after those that have it. */
    static final Comparator<Report> BY_PLACE_AND_YEAR = Comparator
            .comparing((Report r) -> blankToNull(r.place()), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Report::year, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(Report::id);

    public TargetsTable {
        indicators = List.copyOf(indicators);
        rows = List.copyOf(rows);
    }

    /** The table of these reports' main targets. */
    public static TargetsTable of(List<ReportDocument> documents) {
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> reportsNaming = new HashMap<>();
        Map<String, Integer> firstSeen = new HashMap<>();
        for (ReportDocument doc : documents.stream().sorted(Comparator.comparing(ReportDocument::report,
                BY_PLACE_AND_YEAR)).toList()) {
            Map<String, Indicator> targets = new LinkedHashMap<>();
            for (Indicator t : MainTargets.of(doc)) {
                String column = IndicatorSynonyms.canonical(t.name());
                if (!column.isEmpty() && targets.putIfAbsent(column, t) == null) {
                    reportsNaming.merge(column, 1, Integer::sum);
                    firstSeen.putIfAbsent(column, firstSeen.size());
                }
            }
            rows.add(new Row(doc.report(), targets));
        }
        List<String> columns = reportsNaming.keySet().stream()
                .sorted(Comparator.comparing((String c) -> -reportsNaming.get(c)).thenComparing(firstSeen::get))
                .toList();
        return new TargetsTable(columns, rows);
    }

    /**
     * The table with one column: the indicator a user named, read through the synonym table (全省生产总值 →
     * 地区生产总值). The column is kept even where no report names it, so a script always gets what it asked for.
     */
    public TargetsTable only(String indicator) {
        String column = IndicatorSynonyms.canonical(indicator);
        List<Row> kept = rows.stream().map(r -> {
            Indicator t = r.target(column);
            return new Row(r.report(), t == null ? Map.of() : Map.of(column, t));
        }).toList();
        return new TargetsTable(List.of(column), kept);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
