package org.policyexplorer.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
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
                Json.print(out, AlignmentJson.of(alignment));
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

    /** {@code compare --json}: both sides, each side's units with what carries them on, the chapter overview. */
    record AlignmentJson(SideJson review, SideJson plan, List<UnitJson> reviewTopics, List<UnitJson> planTopics,
                         List<ChapterJson> chapters) {
        static AlignmentJson of(Alignment a) {
            return new AlignmentJson(SideJson.of(a.review()), SideJson.of(a.plan()),
                    UnitJson.of(a.reviewUnits(), a::matchesOfReview), UnitJson.of(a.planUnits(), a::matchesOfPlan),
                    a.chapters().stream().map(ChapterJson::of).toList());
        }
    }

    /** A side: the report and the part's title. */
    record SideJson(long report, String title) {
        static SideJson of(PartText side) {
            return new SideJson(side.document().report().id(), side.part().title());
        }
    }

    /** A unit compared (chapter, topic or paragraph), with its chapter's title where it has one. */
    record UnitJson(String title, String chapter, String unit, List<MatchJson> matches) {
        static List<UnitJson> of(List<CompareUnit> units, Function<CompareUnit, List<Match>> matchesOf) {
            return units.stream().map(u -> new UnitJson(u.title(), chapterOf(u), u.section().kind().key(),
                    matchesOf.apply(u).stream().map(MatchJson::of).toList())).toList();
        }
    }

    /** A unit of the other side that carries this one on, best first; {@code origin} auto or user. */
    record MatchJson(String title, String chapter, String unit, double score, String origin) {
        static MatchJson of(Match m) {
            return new MatchJson(m.unit().title(), chapterOf(m.unit()), m.unit().section().kind().key(),
                    round(m.score()), m.origin().key());
        }
    }

    /** A cell of the chapter overview. */
    record ChapterJson(String review, String plan, double score) {
        static ChapterJson of(ChapterLink link) {
            return new ChapterJson(link.review().title(), link.plan().title(), round(link.score()));
        }
    }

    private static String chapterOf(CompareUnit unit) {
        return unit.chapter() == null ? null : unit.chapter().title();
    }

    /** Three decimals: enough to order and compare scores, without the float noise. */
    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
