package org.policyexplorer.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.compare.Alignment;
import org.policyexplorer.compare.CompareUnit;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code link --review TITLE --plan TITLE [--reject | --remove]}: the user's word on a review–plan pair. */
@Command(name = "link", description = "Confirm (or add) a link between a review topic and a plan topic; "
        + "--reject a suggested one; --remove what was said.")
final class LinkCommand implements Callable<Integer> {
    @ParentCommand
    PolicyExplorerCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    CompareSides sides;

    @Option(names = "--review", required = true, paramLabel = "TITLE", description = "The review topic's title.")
    String reviewTitle;

    @Option(names = "--plan", required = true, paramLabel = "TITLE", description = "The plan topic's title.")
    String planTitle;

    @ArgGroup(exclusive = true)
    Action action;

    static final class Action {
        @Option(names = "--reject", description = "The suggested link is wrong: never suggest it again.")
        boolean reject;

        @Option(names = "--remove", description = "Forget what was said of this pair.")
        boolean remove;
    }

    @Override
    public Integer call() {
        try (AppContext context = root.openContext()) {
            Alignment alignment = context.compare().align(sides.review(context), sides.plan(context));
            CompareUnit review = find(context, alignment.reviewUnits(), reviewTitle);
            CompareUnit plan = find(context, alignment.planUnits(), planTitle);
            String said;
            if (action != null && action.remove) {
                context.compare().remove(alignment, review, plan);
                said = "removed";
            } else if (action != null && action.reject) {
                context.compare().reject(alignment, review, plan);
                said = "rejected";
            } else if (alignment.matchesOfReview(review).stream().anyMatch(m -> m.unit().equals(plan))) {
                context.compare().confirm(alignment, review, plan);
                said = "confirmed";
            } else {
                context.compare().add(alignment, review, plan);
                said = "added";
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(said + ": " + review.title() + " → " + plan.title());
            out.flush();
            return 0;
        }
    }

    private static CompareUnit find(AppContext context, List<CompareUnit> units, String title) {
        List<CompareUnit> found = units.stream().filter(u -> title.equals(u.title())).toList();
        if (found.size() != 1) {
            throw new UserError(context.messages().get(found.isEmpty() ? "compare.noSuchTopic"
                    : "compare.ambiguousTopic", title));
        }
        return found.get(0);
    }
}
