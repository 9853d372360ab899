package org.policyexplorer.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;
import org.policyexplorer.search.SearchIndex;
import org.policyexplorer.search.SearchOrder;
import org.policyexplorer.search.SearchResult;
import org.policyexplorer.search.SearchScope;
import org.policyexplorer.search.SearchService;

/**
 * Builds a synthetic library of N distinct reports in a temp store, then times two query lists — the fixed one
 * below and one drawn from the library that nothing is tuned to ({@link BenchQueries}) — on the app's search,
 * on a Lucene peer over the same rows ({@link LucenePeer}) and on a plain LIKE scan of them, checking that all
 * three find the same totals. Each query: top 50 best first and the exact total, across all reports.
 */
public final class SearchBenchmark {
    /** 1, 2, 3 and 5+ characters, absent words, several words, a phrase, an exclusion, alternatives. */
    public static final List<String> QUERIES = List.of("绿", "水", "招商", "上海", "发展", "2.6%", "河长制",
            "高质量", "新动能", "高新技术企业", "社会消费品零售总额", "量子纠缠", "星际航行计划", "招商 项目",
            "生态 环境 治理", "\"乡村振兴\"", "招商 -上海", "河长制 OR 湖长制", "ＰＰＰ", "5215");
    /** The seed the unseen list is drawn with. */
    static final long UNSEEN_SEED = 20_261_202L;
    private static final int RUNS = 5;
    private static final int SCAN_RUNS = 2;
    private static final int LIMIT = 50;

    /**
     * What was measured: the library built, the app's p50/p95 on the fixed list (ms) against the scan's and
     * the speed-up, each query's numbers on both lists, each system's figures, and the ratios the goal is
     * stated in (app p95 / peer p95 per list, app index bytes / peer's).
     */
    public record Result(int reports, int paragraphs, long buildMs, double p50Ms, double p95Ms, double scanP50Ms,
                         double scanP95Ms, double speedup, List<Query> queries, List<Query> unseenQueries,
                         List<SystemFigures> systems, Ratios ratios) {
    }

    /** One query: what it finds (the same by all three, or the run fails) and each system's median time. */
    public record Query(String query, int total, int sectionsWithHits, double p50Ms, double peerP50Ms,
                        double scanP50Ms) {
    }

    /** One system: index on disk, build time, p50 and p95 on each list. */
    public record SystemFigures(String system, long indexBytes, long buildMs, double p50Ms, double p95Ms,
                                double unseenP50Ms, double unseenP95Ms) {
    }

    /** The goal's ratios: app ÷ peer for p95 on each list and for index bytes; scan ÷ app at p50. */
    public record Ratios(double p95VsPeer, double unseenP95VsPeer, double indexVsPeer, double speedupOverScan) {
    }

    public Result run(int reportCount, IntConsumer progress) {
        try (BenchLibrary library = new BenchLibrary(reportCount, progress);
             LucenePeer peer = new LucenePeer(library.dir.resolve("peer"), library.rows)) {
            return measure(new SearchService(library.index), library.index, peer, new ScanSearch(library.db),
                    reportCount, library.rows, library.buildMs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Result measure(SearchService app, SearchIndex index, LucenePeer peer, ScanSearch scan, int reportCount,
                           List<String> rows, long buildMs) throws IOException {
        Timings tuned = new Timings();
        List<Query> perQuery = time(QUERIES, app, peer, scan, tuned);
        Timings unseen = new Timings();
        List<Query> perUnseen = time(BenchQueries.unseen(rows, UNSEEN_SEED), app, peer, scan, unseen);
        long appBytes = index.sizeOnDisk();
        long peerBytes = peer.bytes();
        List<SystemFigures> systems = List.of(
                new SystemFigures("app", appBytes, buildMs, tuned.p(tuned.app, 50), tuned.p(tuned.app, 95),
                        unseen.p(unseen.app, 50), unseen.p(unseen.app, 95)),
                new SystemFigures("lucene-peer", peerBytes, peer.buildMs, tuned.p(tuned.peer, 50),
                        tuned.p(tuned.peer, 95), unseen.p(unseen.peer, 50), unseen.p(unseen.peer, 95)),
                new SystemFigures("scan", 0, 0, tuned.p(tuned.scan, 50), tuned.p(tuned.scan, 95),
                        unseen.p(unseen.scan, 50), unseen.p(unseen.scan, 95)));
        double speedup = tuned.p(tuned.scan, 50) / Math.max(0.001, tuned.p(tuned.app, 50));
        Ratios ratios = new Ratios(
                round(tuned.p(tuned.app, 95) / Math.max(0.001, tuned.p(tuned.peer, 95))),
                round(unseen.p(unseen.app, 95) / Math.max(0.001, unseen.p(unseen.peer, 95))),
                round((double) appBytes / Math.max(1, peerBytes)), round(speedup));
        return new Result(reportCount, rows.size(), buildMs, tuned.p(tuned.app, 50), tuned.p(tuned.app, 95),
                tuned.p(tuned.scan, 50), tuned.p(tuned.scan, 95), round(speedup), perQuery, perUnseen, systems,
                ratios);
    }

    /** Every timed run of one list, per system. */
    private static final class Timings {
        final List<Double> app = new ArrayList<>();
        final List<Double> peer = new ArrayList<>();
        final List<Double> scan = new ArrayList<>();

        double p(List<Double> times, int percentile) {
            return round(percentile(times.stream().mapToDouble(Double::doubleValue).toArray(), percentile));
        }
    }

    private static List<Query> time(List<String> queries, SearchService app, LucenePeer peer, ScanSearch scan,
                                    Timings timings) throws IOException {
        List<Query> perQuery = new ArrayList<>();
        for (String query : queries) {
            SearchResult result = app.search(query, SearchScope.all(), LIMIT, SearchOrder.RANK); // warm up
            int[] peered = peer.search(query, LIMIT);
            int[] scanned = scan.search(query, LIMIT);
            agree(query, result, peered, "peer");
            agree(query, result, scanned, "scan");
            double[] a = new double[RUNS];
            double[] p = new double[RUNS];
            double[] s = new double[SCAN_RUNS];
            for (int i = 0; i < RUNS; i++) {
                long t0 = System.nanoTime();
                app.search(query, SearchScope.all(), LIMIT, SearchOrder.RANK);
                a[i] = (System.nanoTime() - t0) / 1e6;
                long t1 = System.nanoTime();
                peer.search(query, LIMIT);
                p[i] = (System.nanoTime() - t1) / 1e6;
                if (i < SCAN_RUNS) {
                    long t2 = System.nanoTime();
                    scan.search(query, LIMIT);
                    s[i] = (System.nanoTime() - t2) / 1e6;
                }
            }
            Arrays.stream(a).forEach(timings.app::add);
            Arrays.stream(p).forEach(timings.peer::add);
            Arrays.stream(s).forEach(timings.scan::add);
            perQuery.add(new Query(query, result.total(), result.sectionsWithHits(), round(percentile(a, 50)),
                    round(percentile(p, 50)), round(percentile(s, 50))));
        }
        return perQuery;
    }

    private static void agree(String query, SearchResult result, int[] other, String who) {
        if (other[0] != result.total() || other[1] != result.sectionsWithHits()) {
            throw new IllegalStateException("app and " + who + " disagree on " + query + ": " + result.total()
                    + "/" + result.sectionsWithHits() + " vs " + other[0] + "/" + other[1]);
        }
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
}
