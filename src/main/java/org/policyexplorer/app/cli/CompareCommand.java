package org.policyexplorer.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.compare.Alignment;
import org.policyexplorer.compare.ChapterLink;
import org.policyexplorer.compare.CompareUnit;
import org.policyexplorer.compare.Match;
import org.policyexplorer.compare.PartText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code compare [--report ID] [--review-report ID --plan-report ID] [--json]}: review topics beside plan topics. */
@Command(name = "compare", description = "Set a review's topics beside a plan's: for each, the topics on the other "
        + "side that carry it on, best first, and the chapter overview.")
final class CompareCommand implements Callable<Integer> {
    @ParentCommand
    PolicyExplorerCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    CompareSides sides;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        try (AppContext context = root.openContext()) {
            PartText review = sides.review(context);
            PartText plan = sides.plan(context);
            Alignment alignment = context.compare().align(review, plan);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Json.print(out, toJson(alignment));
            } else {
                out.println(review.part().title() + "  ⇄  " + plan.part().title());
                for (CompareUnit unit : alignment.reviewUnits()) {
                    List<Match> matches = alignment.matchesOfReview(unit);
                    out.printf("%s → %s%n", unit.title(), matches.isEmpty() ? "—"
                            : matches.get(0).unit().title() + String.format(" (%.2f%s)", matches.get(0).score(),
                            matches.get(0).origin() == Match.Origin.USER ? ", user" : ""));
                }
                out.flush();
            }
            return 0;
        }
    }

    private static Map<String, Object> toJson(Alignment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("review", side(a.review()));
        m.put("plan", side(a.plan()));
        m.put("reviewTopics", units(a.reviewUnits(), a::matchesOfReview));
        m.put("planTopics", units(a.planUnits(), a::matchesOfPlan));
        List<Object> chapters = new ArrayList<>();
        for (ChapterLink link : a.chapters()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("review", link.review().title());
            c.put("plan", link.plan().title());
            c.put("score", round(link.score()));
            chapters.add(c);
        }
        m.put("chapters", chapters);
        return m;
    }

    private static Map<String, Object> side(PartText side) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("report", side.document().report().id());
        m.put("title", side.part().title());
        return m;
    }

    private static List<Object> units(List<CompareUnit> units, java.util.function.Function<CompareUnit, List<Match>> of) {
        List<Object> out = new ArrayList<>();
        for (CompareUnit unit : units) {
            Map<String, Object> u = new LinkedHashMap<>();
            u.put("title", unit.title());
            u.put("chapter", unit.chapter() == null ? null : unit.chapter().title());
            u.put("unit", unit.section().kind().key());
            List<Object> matches = new ArrayList<>();
            for (Match match : of.apply(unit)) {
                Map<String, Object> mm = new LinkedHashMap<>();
                mm.put("title", match.unit().title());
                mm.put("chapter", match.unit().chapter() == null ? null : match.unit().chapter().title());
                mm.put("unit", match.unit().section().kind().key());
                mm.put("score", round(match.score()));
                mm.put("origin", match.origin().key());
                matches.add(mm);
            }
            u.put("matches", matches);
            out.add(u);
        }
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
