package org.policyexplorer.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.policyexplorer.app.check.GoldCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code check-gold DIR --gold GOLD_DIR [--json]}: 对照 and 指标 scored on hand-judged gold. */
@Command(name = "check-gold", description = "Score 对照 (sides, units, top-1 matches) and 指标 (main targets, "
        + "result–target pairs) on the hand-judged gold of GOLD_DIR, importing the reports of DIR into a "
        + "temporary store.")
final class CheckGoldCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Folder holding the report files the gold names.")
    Path dir;

    @Option(names = "--gold", paramLabel = "GOLD_DIR", required = true, description = "Folder of gold JSON files.")
    Path gold;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--verbose", description = "List every miss and every pair beyond the gold.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        List<GoldCheck.Score> scores = new GoldCheck().run(dir, gold);
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Object> totals = totals(scores);
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>(totals);
            m.put("reports", scores);
            Json.print(out, m);
            return 0;
        }
        for (GoldCheck.Score s : scores) {
            out.printf("%-36s sides %-5s units %d/%d  top-1 %d/%d (first %d)  main targets %d/%d (numeric %d/%d)"
                    + "  pairs %d/%d (listed %d)%n", s.report(), s.sidesRight(), s.unitsFound(), s.units(),
                    s.top1Right(), s.top1(), s.top1First(), s.targetsFound(), s.targets(), s.numericFound(),
                    s.numericTargets(), s.pairsFound(), s.pairs(), s.pairsListed());
            if (verbose) {
                s.misses().forEach(x -> out.println("      miss: " + x));
                s.extraPairs().forEach(x -> out.println("      extra pair: " + x));
            }
        }
        out.printf("units the gold links to nothing, given a suggestion: %s/%s%n", totals.get("unlinkedSuggested"),
                totals.get("unlinked"));
        out.printf("sides %s/%s  top-1 %s/%s = %.1f%% (first %s)  main targets %s/%s = %.1f%% (numeric %s/%s = %.1f%%)"
                        + "  pairs %s/%s = %.1f%%%n", totals.get("sidesRight"), scores.size(), totals.get("top1Right"),
                totals.get("top1"), pct(totals, "top1Right", "top1"), totals.get("top1First"),
                totals.get("targetsFound"), totals.get("targets"), pct(totals, "targetsFound", "targets"),
                totals.get("numericFound"), totals.get("numericTargets"), pct(totals, "numericFound", "numericTargets"),
                totals.get("pairsFound"), totals.get("pairs"), pct(totals, "pairsFound", "pairs"));
        out.flush();
        return 0;
    }

    static Map<String, Object> totals(List<GoldCheck.Score> scores) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sidesRight", scores.stream().filter(GoldCheck.Score::sidesRight).count());
        m.put("top1", scores.stream().mapToInt(GoldCheck.Score::top1).sum());
        m.put("top1Right", scores.stream().mapToInt(GoldCheck.Score::top1Right).sum());
        m.put("top1First", scores.stream().mapToInt(GoldCheck.Score::top1First).sum());
        m.put("unlinked", scores.stream().mapToInt(GoldCheck.Score::unlinked).sum());
        m.put("unlinkedSuggested", scores.stream().mapToInt(GoldCheck.Score::unlinkedSuggested).sum());
        m.put("targets", scores.stream().mapToInt(GoldCheck.Score::targets).sum());
        m.put("targetsFound", scores.stream().mapToInt(GoldCheck.Score::targetsFound).sum());
        m.put("numericTargets", scores.stream().mapToInt(GoldCheck.Score::numericTargets).sum());
        m.put("numericFound", scores.stream().mapToInt(GoldCheck.Score::numericFound).sum());
        m.put("pairs", scores.stream().mapToInt(GoldCheck.Score::pairs).sum());
        m.put("pairsFound", scores.stream().mapToInt(GoldCheck.Score::pairsFound).sum());
        return m;
    }

    private static double pct(Map<String, Object> m, String part, String whole) {
        double w = ((Number) m.get(whole)).doubleValue();
        return w == 0 ? 0 : 100.0 * ((Number) m.get(part)).doubleValue() / w;
    }
}
