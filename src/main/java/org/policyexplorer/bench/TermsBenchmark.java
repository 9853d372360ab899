package org.policyexplorer.bench;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.policyexplorer.library.DerivedIndex;
import org.policyexplorer.library.LibraryService;
import org.policyexplorer.library.ReportFilter;
import org.policyexplorer.search.SearchService;
import org.policyexplorer.trends.TermCounts;
import org.policyexplorer.trends.TermGrouping;
import org.policyexplorer.trends.TermTable;

/**
 * Times the 趋势 table of ten terms over a synthetic library — every report's count of each term, from the
 * search index — against a plain scan of the same rows (SQL counting each term in every row, grouped by
 * report), checking that both give the same count for every report and term.
 */
public final class TermsBenchmark {
    /** Words researchers count, common and rare, short and long. */
    public static final List<String> TERMS = List.of("数字经济", "新质生产力", "营商环境", "碳达峰", "乡村振兴",
            "高质量发展", "招商引资", "河长制", "生态环境", "人工智能");
    private static final int RUNS = 5;
    private static final int SCAN_RUNS = 2;

    /** The library, and the medians (ms) of the whole table by the index and by the scan, and their ratio. */
    public record Result(int reports, int rows, long buildMs, List<String> terms, double tableMs, double scanMs,
                         double speedup, long occurrences) {
    }

    public Result run(int reportCount, IntConsumer progress) {
        try (BenchLibrary library = new BenchLibrary(reportCount, progress)) {
            TermCounts counts = new TermCounts(new LibraryService(library.reports, DerivedIndex.NONE),
                    new SearchService(library.index));
            TermTable table = counts.count(TERMS, ReportFilter.all(), TermGrouping.REPORT); // warm up
            Map<Long, Map<String, Long>> scanned = scan(library);
            long occurrences = 0;
            for (TermTable.Row row : table.rows()) {
                for (String term : TERMS) {
                    long byScan = scanned.getOrDefault(row.report(), Map.of()).getOrDefault(term, 0L);
                    if (byScan != row.count(term)) {
                        throw new IllegalStateException("index and scan disagree on " + term + " in report "
                                + row.report() + ": " + row.count(term) + " vs " + byScan);
                    }
                    occurrences += byScan;
                }
            }
            double[] index = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long t0 = System.nanoTime();
                counts.count(TERMS, ReportFilter.all(), TermGrouping.REPORT);
                index[i] = (System.nanoTime() - t0) / 1e6;
            }
            double[] plain = new double[SCAN_RUNS];
            for (int i = 0; i < SCAN_RUNS; i++) {
                long t0 = System.nanoTime();
                scan(library);
                plain[i] = (System.nanoTime() - t0) / 1e6;
            }
            double tableMs = SearchBenchmark.percentile(index, 50);
            double scanMs = SearchBenchmark.percentile(plain, 50);
            return new Result(reportCount, library.rows.size(), library.buildMs, TERMS, round(tableMs), round(scanMs),
                    round(scanMs / Math.max(0.001, tableMs)), occurrences);
        }
    }

    /** Report → term → occurrences, by SQL over every row: what an app without an index would do. */
    private static Map<Long, Map<String, Long>> scan(BenchLibrary library) {
        return library.db.read(c -> {
            Map<Long, Map<String, Long>> perReport = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT report_id, "
                    + "sum((octet_length(norm) - octet_length(replace(norm, ?, ''))) / octet_length(?)) "
                    + "FROM bench_row WHERE instr(norm, ?) > 0 GROUP BY report_id")) {
                for (String term : TERMS) {
                    ps.setString(1, term);
                    ps.setString(2, term);
                    ps.setString(3, term);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            perReport.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(term, rs.getLong(2));
                        }
                    }
                }
            }
            return perReport;
        });
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
