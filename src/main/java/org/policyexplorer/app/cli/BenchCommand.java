package org.policyexplorer.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.policyexplorer.bench.ImportBenchmark;
import org.policyexplorer.bench.SearchBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bench search [--reports N] [--json]}: performance numbers, measured here, in a temp store. */
@Command(name = "bench", description = "Measure performance in a temp store (the user's store is not touched).")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "WHAT", description = "search, or import (the bundled report into a fresh store)")
    String what;

    @Option(names = "--reports", defaultValue = "1000", description = "Synthetic reports to build (default 1000).")
    int reports;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        if ("import".equals(what)) {
            Map<String, Object> result = new ImportBenchmark().run();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Json.print(out, result);
            } else {
                out.printf("import of the bundled report: first %s ms, then median %s ms (max %s ms) over %s runs%n",
                        result.get("firstMs"), result.get("medianMs"), result.get("maxMs"), result.get("runs"));
                out.flush();
            }
            return 0;
        }
        if (!"search".equals(what)) {
            throw new UserError("Unknown benchmark “" + what + "”: use search or import.");
        }
        PrintWriter err = spec.commandLine().getErr();
        Map<String, Object> result = new SearchBenchmark().run(reports, n -> {
            err.print("\rbuilding: " + n + " / " + reports + " reports");
            err.flush();
        });
        err.println();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, result);
            return 0;
        }
        out.printf("reports %s, paragraphs %s, build %s ms%n", result.get("reports"), result.get("paragraphs"),
                result.get("buildMs"));
        out.printf("index: p50 %s ms, p95 %s ms | scan: p50 %s ms, p95 %s ms | speed-up %s×%n", result.get("p50Ms"),
                result.get("p95Ms"), result.get("scanP50Ms"), result.get("scanP95Ms"), result.get("speedup"));
        for (Object q : (List<?>) result.get("queries")) {
            Map<?, ?> m = (Map<?, ?>) q;
            out.printf("  %-14s total %8s in %7s sections   index %8s ms   scan %8s ms%n", m.get("query"),
                    m.get("total"), m.get("sectionsWithHits"), m.get("p50Ms"), m.get("scanP50Ms"));
        }
        out.flush();
        return 0;
    }
}
