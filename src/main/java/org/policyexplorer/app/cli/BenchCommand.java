package org.policyexplorer.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import org.policyexplorer.bench.ImportBenchmark;
import org.policyexplorer.bench.SearchBenchmark;
import org.policyexplorer.bench.TermsBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench search [--reports N] [--json]} and {@code bench import [--json]}: performance numbers, measured
 * here, in a temp store. {@code bench} alone, or an unknown benchmark, is a usage error (exit 2).
 */
@Command(name = "bench", description = "Measure performance in a temp store (the user's store is not touched).",
        subcommands = {BenchCommand.Search.class, BenchCommand.Terms.class, BenchCommand.Import.class})
final class BenchCommand {

    /**
     * A benchmark over a synthetic library of N reports: progress on stderr while it is built, so that stdout
     * stays the result — JSON for scripts, or lines for a reader.
     */
    abstract static class OnSyntheticLibrary<R> implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--reports", defaultValue = "1000", paramLabel = "N",
                description = "Synthetic reports to build (default 1000).")
        int reports;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        abstract R measure(IntConsumer progress);

        abstract void print(PrintWriter out, R result);

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            R result = measure(n -> {
                err.print("\rbuilding: " + n + " / " + reports + " reports");
                err.flush();
            });
            err.println();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Json.print(out, result);
            } else {
                print(out, result);
                out.flush();
            }
            return 0;
        }
    }

    /** The search benchmark: the app's index against a Lucene peer and a plain scan on a synthetic library. */
    @Command(name = "search", description = "Build a synthetic library of N reports and time two query lists on the "
            + "app's index, a Lucene peer over the same rows and a plain scan of them.")
    static final class Search extends OnSyntheticLibrary<SearchBenchmark.Result> {
        @Override
        SearchBenchmark.Result measure(IntConsumer progress) {
            return new SearchBenchmark().run(reports, progress);
        }

        @Override
        void print(PrintWriter out, SearchBenchmark.Result result) {
            out.printf("reports %d, paragraphs %d, build %d ms%n", result.reports(), result.paragraphs(),
                    result.buildMs());
            for (SearchBenchmark.SystemFigures f : result.systems()) {
                out.printf("%-12s fixed list p50 %7s ms p95 %7s ms | unseen list p50 %7s ms p95 %7s ms | index %,d bytes, "
                        + "build %d ms%n", f.system(), f.p50Ms(), f.p95Ms(), f.unseenP50Ms(), f.unseenP95Ms(),
                        f.indexBytes(), f.buildMs());
            }
            SearchBenchmark.Ratios r = result.ratios();
            out.printf("app ÷ peer: p95 %s (fixed), %s (unseen); index %s | speed-up over the scan %s×%n",
                    r.p95VsPeer(), r.unseenP95VsPeer(), r.indexVsPeer(), r.speedupOverScan());
            List<SearchBenchmark.Query> queries = new ArrayList<>(result.queries());
            queries.addAll(result.unseenQueries());
            for (SearchBenchmark.Query q : queries) {
                out.printf("  %-16s total %8d in %7d sections   app %7s ms   peer %7s ms   scan %8s ms%n", q.query(),
                        q.total(), q.sectionsWithHits(), q.p50Ms(), q.peerP50Ms(), q.scanP50Ms());
            }
        }
    }

    /** The 趋势 benchmark: a ten-term table over a synthetic library, against a plain scan. */
    @Command(name = "terms", description = "Build a synthetic library of N reports and time the 趋势 table of ten terms "
            + "(every report's count of each) from the index and from a plain scan of the same rows.")
    static final class Terms extends OnSyntheticLibrary<TermsBenchmark.Result> {
        @Override
        TermsBenchmark.Result measure(IntConsumer progress) {
            return new TermsBenchmark().run(reports, progress);
        }

        @Override
        void print(PrintWriter out, TermsBenchmark.Result result) {
            out.printf("reports %d, rows %d: %d terms, %,d occurrences | table from the index %s ms, plain scan %s ms "
                    + "(%s×)%n", result.reports(), result.rows(), result.terms().size(), result.occurrences(),
                    result.tableMs(), result.scanMs(), result.speedup());
        }
    }

    /** The import benchmark: the bundled report into a fresh store, several times. */
    @Command(name = "import", description = "Time the import of the bundled report (decode, parse, store, index) "
            + "into a fresh store, several times.")
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() {
            ImportBenchmark.Result result = new ImportBenchmark().run();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Json.print(out, result);
            } else {
                out.printf("import of the bundled report: first %s ms, then median %s ms (max %s ms) over %d runs%n",
                        result.firstMs(), result.medianMs(), result.maxMs(), result.runs());
                out.flush();
            }
            return 0;
        }
    }
}
