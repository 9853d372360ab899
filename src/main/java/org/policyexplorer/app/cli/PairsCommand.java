package org.policyexplorer.app.cli;

import java.io.PrintWriter;
import java.util.List;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.library.PlanReviewPairs;
import picocli.CommandLine.Command;

/** {@code pairs [--json]}: the plan–review pairs the library proposes (one place, consecutive years). */
@Command(name = "pairs", description = "List the pairs the library can track: a place's report of one year "
        + "(its plan) and of the next (its review). Track one with: track --plan-report ID --review-report ID.")
final class PairsCommand extends ContextCommand {
    /** A pair: the place, the report of one year (its plan) and of the next (its review). */
    record PairJson(String place, ReportJson.Side plan, ReportJson.Side review) {
    }

    @Override
    void run(AppContext context, PrintWriter out) {
        List<PlanReviewPairs.Pair> pairs = PlanReviewPairs.of(context.library().list());
        if (json) {
            Json.print(out, pairs.stream().map(p -> new PairJson(p.plan().place(),
                    new ReportJson.Side(p.plan().id(), p.plan().year()),
                    new ReportJson.Side(p.review().id(), p.review().year()))).toList());
        } else {
            pairs.forEach(p -> out.printf("%s\t%d (%d) → %d (%d)%n", p.plan().place(), p.plan().year(), p.plan().id(),
                    p.review().year(), p.review().id()));
        }
    }
}
