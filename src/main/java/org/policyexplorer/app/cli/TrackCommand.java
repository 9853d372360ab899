package org.policyexplorer.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.compare.Alignment;
import org.policyexplorer.compare.CompareUnit;
import org.policyexplorer.compare.Match;
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
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("plan", side(plan));
                m.put("review", side(review));
                List<Object> rows = new ArrayList<>();
                for (TargetTracker.Tracked t : targets) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("name", t.name());
                    row.put("target", figure(t.target()));
                    row.put("result", t.result() == null ? null : figure(t.result()));
                    row.put("status", t.status().key());
                    rows.add(row);
                }
                m.put("targets", rows);
                List<Object> topics = new ArrayList<>();
                for (CompareUnit unit : alignment.planUnits()) {
                    Map<String, Object> topic = new LinkedHashMap<>();
                    topic.put("plan", unit.title());
                    List<Object> matches = new ArrayList<>();
                    for (Match match : alignment.matchesOfPlan(unit)) {
                        matches.add(Map.of("title", match.unit().title(), "score",
                                Math.round(match.score() * 1000) / 1000.0));
                    }
                    topic.put("review", matches);
                    topics.add(topic);
                }
                m.put("topics", topics);
                Json.print(out, m);
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

    private static Map<String, Object> side(PartText side) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("report", side.document().report().id());
        m.put("year", side.part().year());
        return m;
    }

    private static Map<String, Object> figure(Indicator i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", i.name());
        m.put("value", i.value());
        m.put("unit", i.unit());
        m.put("change", i.change());
        m.put("qualifier", i.qualifier());
        m.put("text", i.text());
        return m;
    }
}
