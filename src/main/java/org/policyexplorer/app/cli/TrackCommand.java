package org.policyexplorer.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.compare.Alignment;
import org.policyexplorer.compare.PartText;
import org.policyexplorer.domain.Indicator;
import org.policyexplorer.indicators.TargetTracker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code track --plan-report ID --review-report ID [--json]}: did they do what they planned? */
@Command(name = "track", description = "Set one year's plan beside the next year's review: each target met, not met "
        + "or not reported, and the topics that carry each plan topic out.")
final class TrackCommand implements Callable<Integer> {
    @ParentCommand
    PolicyExplorerCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--plan-report", required = true, paramLabel = "ID", description = "The report with the plan.")
    long planReport;

    @Option(names = "--review-report", required = true, paramLabel = "ID",
            description = "The later report whose review reports the results.")
    long reviewReport;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        try (AppContext context = root.openContext()) {
            CompareSides sides = new CompareSides();
            sides.planReportId = planReport;
            sides.reviewReportId = reviewReport;
            PartText plan = sides.plan(context);
            PartText review = sides.review(context);
            List<TargetTracker.Tracked> targets = context.indicators().track(plan.document(), plan.part(),
                    review.document(), review.part());
            Alignment alignment = context.compare().align(review, plan);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Json.print(out, new TrackJson(side(plan), side(review),
                        targets.stream().map(TargetJson::of).toList(),
                        alignment.planUnits().stream().map(unit -> new TopicJson(unit.title(),
                                alignment.matchesOfPlan(unit).stream().map(m -> new ReviewJson(m.unit().title(),
                                        CompareCommand.round(m.score()))).toList())).toList()));
            } else {
                for (TargetTracker.Tracked t : targets) {
                    out.printf("%-13s %s  %s → %s%n", t.status().key(), t.name(), t.target().figure(),
                            t.result() == null ? "—" : t.result().figure());
                }
                out.flush();
            }
            return 0;
        }
    }

    private static ReportJson.Side side(PartText side) {
        return new ReportJson.Side(side.document().report().id(), side.part().year());
    }

    /** {@code track --json}: the two sides, each target with its result (or null), the plan's topics. */
    record TrackJson(ReportJson.Side plan, ReportJson.Side review, List<TargetJson> targets, List<TopicJson> topics) {
    }

    /** A target of the plan, the result the review gives for it (null: not reported), and met / not-met. */
    record TargetJson(String name, FigureJson target, FigureJson result, String status) {
        static TargetJson of(TargetTracker.Tracked t) {
            return new TargetJson(t.name(), FigureJson.of(t.target()), t.result() == null ? null
                    : FigureJson.of(t.result()), t.status().key());
        }
    }

    /** A figure as track gives it: what it says, not where (track spans two reports). */
    record FigureJson(String name, Double value, String unit, String change, String qualifier, String text) {
        static FigureJson of(Indicator i) {
            return new FigureJson(i.name(), i.value(), i.unit(), i.change(), i.qualifier(), i.text());
        }
    }

    /** A plan topic and the review topics that report on it, best first. */
    record TopicJson(String plan, List<ReviewJson> review) {
    }

    /** A review topic and how much it has in common with the plan topic. */
    record ReviewJson(String title, double score) {
    }
}
