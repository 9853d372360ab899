package org.policyexplorer.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;
import org.policyexplorer.ingest.ImportRejectedException;
import org.policyexplorer.library.ReportImporter;
import org.policyexplorer.search.SearchIndex;
import org.policyexplorer.search.SearchOrder;
import org.policyexplorer.search.SearchResult;
import org.policyexplorer.search.SearchScope;
import org.policyexplorer.search.SearchService;
import org.policyexplorer.store.Database;
import org.policyexplorer.store.ReportRepository;

/**
 * Builds a synthetic library of N distinct reports in a temp store, then times a fixed set of queries on
 * the index (ranked top 50 and the total, across all reports) and on a plain LIKE scan of the same rows.
 */
public final class SearchBenchmark {
    /** 1, 2, 3 and 5+ characters, absent words, several words, a phrase, an exclusion, alternatives. */
    public static final List<String> QUERIES = List.of("绿", "水", "招商", "上海", "发展", "2.6%", "河长制",
            "高质量", "新动能", "高新技术企业", "社会消费品零售总额", "量子纠缠", "星际航行计划", "招商 项目",
            "生态 环境 治理", "\"乡村振兴\"", "招商 -上海", "河长制 OR 湖长制", "ＰＰＰ", "5215");
    private static final int RUNS = 5;
    private static final int LIMIT = 50;

    /**
     * What was measured: the library built, the index's and the scan's median and 95th-percentile times over all
     * queries (ms), the index's speed-up over the scan, and each query's numbers.
     */
    public record Result(int reports, int paragraphs, long buildMs, double p50Ms, double p95Ms, double scanP50Ms,
                         double scanP95Ms, double speedup, List<Query> queries) {
    }

    /** One query: what it finds (the same by index and scan, or the run fails) and its median times. */
    public record Query(String query, int total, int sectionsWithHits, double p50Ms, double scanP50Ms) {
    }

    public Result run(int reportCount, IntConsumer progress) {
        Path dir;
        try {
            dir = Files.createTempDirectory("pe-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Database db = Database.open(dir.resolve("bench.db"))) {
            ReportRepository reports = new ReportRepository(db, new SearchIndex(db));
            ReportImporter importer = new ReportImporter(reports);
            SyntheticCorpus corpus = new SyntheticCorpus(42);
            long buildStart = System.nanoTime();
            for (int n = 1; n <= reportCount; n++) {
                try {
                    importer.importBytes(corpus.report(n).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                            "synthetic-" + n + ".txt");
                } catch (ImportRejectedException e) {
                    throw new IllegalStateException(e);
                }
                if (n % 100 == 0) {
                    progress.accept(n);
                }
            }
            long buildMs = (System.nanoTime() - buildStart) / 1_000_000;
            int rows = db.read(c -> {
                try (var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM search_row")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            return measure(db, reportCount, rows, buildMs);
        } finally {
            deleteQuietly(dir);
        }
    }

    private Result measure(Database db, int reportCount, int rows, long buildMs) {
        SearchService index = new SearchService(db);
        ScanSearch scan = new ScanSearch(db);
        List<Double> indexTimes = new ArrayList<>();
        List<Double> scanTimes = new ArrayList<>();
        List<Query> perQuery = new ArrayList<>();
        for (String query : QUERIES) {
            SearchResult result = index.search(query, SearchScope.all(), LIMIT, SearchOrder.RANK); // warm up
            int[] scanned = scan.search(query, LIMIT);
            if (scanned[0] != result.total() || scanned[1] != result.sectionsWithHits()) {
                throw new IllegalStateException("index and scan disagree on " + query + ": " + result.total()
                        + "/" + result.sectionsWithHits() + " vs " + scanned[0] + "/" + scanned[1]);
            }
            double[] q = new double[RUNS];
            double[] s = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long t0 = System.nanoTime();
                index.search(query, SearchScope.all(), LIMIT, SearchOrder.RANK);
                q[i] = (System.nanoTime() - t0) / 1e6;
                long t1 = System.nanoTime();
                scan.search(query, LIMIT);
                s[i] = (System.nanoTime() - t1) / 1e6;
                indexTimes.add(q[i]);
                scanTimes.add(s[i]);
            }
            perQuery.add(new Query(query, result.total(), result.sectionsWithHits(), round(percentile(q, 50)),
                    round(percentile(s, 50))));
        }
        double[] qi = indexTimes.stream().mapToDouble(Double::doubleValue).toArray();
        double[] si = scanTimes.stream().mapToDouble(Double::doubleValue).toArray();
        return new Result(reportCount, rows, buildMs, round(percentile(qi, 50)), round(percentile(qi, 95)),
                round(percentile(si, 50)), round(percentile(si, 95)),
                round(percentile(si, 50) / Math.max(0.001, percentile(qi, 50))), perQuery);
    }

    static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }
}
