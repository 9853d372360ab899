package org.policyexplorer.app.cli;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;
import org.policyexplorer.app.check.GoldCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code check-gold DIR --gold GOLD_DIR [--json]}: 对照 and 指标 scored on hand-judged gold. */
@Command(name = "check-gold", description = "Score 对照 (sides, units, top-1 matches) and 指标 (main targets, "
        + "result–target pairs) on the hand-judged gold of GOLD_DIR, importing the reports of DIR into a "
        + "temporary store.")
final class CheckGoldCommand implements Callable<Integer> {
    @ParentCommand
    PolicyExplorerCommand root;

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

    /** The scores summed over the reports: what the README and GoldScoreTest quote. */
    record Totals(long sidesRight, int top1, int top1Right, int top1First, int unlinked, int unlinkedSuggested,
                  int targets, int targetsFound, int numericTargets, int numericFound, int pairs, int pairsFound) {
        static Totals of(List<GoldCheck.Score> scores) {
            return new Totals(scores.stream().filter(GoldCheck.Score::sidesRight).count(),
                    sum(scores, GoldCheck.Score::top1), sum(scores, GoldCheck.Score::top1Right),
                    sum(scores, GoldCheck.Score::top1First), sum(scores, GoldCheck.Score::unlinked),
                    sum(scores, GoldCheck.Score::unlinkedSuggested), sum(scores, GoldCheck.Score::targets),
                    sum(scores, GoldCheck.Score::targetsFound), sum(scores, GoldCheck.Score::numericTargets),
                    sum(scores, GoldCheck.Score::numericFound), sum(scores, GoldCheck.Score::pairs),
                    sum(scores, GoldCheck.Score::pairsFound));
        }

        private static int sum(List<GoldCheck.Score> scores, ToIntFunction<GoldCheck.Score> count) {
            return scores.stream().mapToInt(count).sum();
        }
    }

    /** {@code check-gold --json}: the totals, then each report's score. */
    record GoldJson(@JsonUnwrapped Totals totals, List<GoldCheck.Score> reports) {
    }

    @Override
    public Integer call() {
        UserError.requireFolder(root.options().messages(), dir);
        UserError.requireFolder(root.options().messages(), gold);
        List<GoldCheck.Score> scores;
        try {
            scores = new GoldCheck().run(dir, gold);
        } catch (IOException e) {
            // a gold file, or a report file the gold names in DIR (the exception names which)
            throw UserError.cannotRead(root.options().messages(), gold, e);
        }
        PrintWriter out = spec.commandLine().getOut();
        Totals t = Totals.of(scores);
        if (json) {
            Json.print(out, new GoldJson(t, scores));
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
        out.printf("units the gold links to nothing, given a suggestion: %d/%d%n", t.unlinkedSuggested(), t.unlinked());
        out.printf("sides %d/%d  top-1 %d/%d = %.1f%% (first %d)  main targets %d/%d = %.1f%% (numeric %d/%d = %.1f%%)"
                        + "  pairs %d/%d = %.1f%%%n", t.sidesRight(), scores.size(), t.top1Right(), t.top1(),
                pct(t.top1Right(), t.top1()), t.top1First(), t.targetsFound(), t.targets(),
                pct(t.targetsFound(), t.targets()), t.numericFound(), t.numericTargets(),
                pct(t.numericFound(), t.numericTargets()), t.pairsFound(), t.pairs(), pct(t.pairsFound(), t.pairs()));
        out.flush();
        return 0;
    }

    private static double pct(int part, int whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
