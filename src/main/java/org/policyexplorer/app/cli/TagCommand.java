package org.policyexplorer.app.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.policyexplorer.annotate.AnnotationException;
import org.policyexplorer.app.AppContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tag NAME (--rename-to NEW | --delete) [--json]}: renaming onto a tag that exists merges the two. */
@Command(name = "tag", description = "Rename a tag (onto an existing tag: merge the two) or take it off every "
        + "annotation.")
final class TagCommand extends ContextCommand {
    @Parameters(paramLabel = "NAME", description = "The tag.")
    String name;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Action action;

    static final class Action {
        @Option(names = "--rename-to", paramLabel = "NEW", description = "Its new name; an existing tag: merged.")
        String renameTo;

        @Option(names = "--delete", description = "Take the tag off every annotation (the annotations stay).")
        boolean delete;
    }

    /**
     * What {@code tag --json} prints: every tag left, with how many annotations carry it. A map, not a record:
     * its keys are the user's tags.
     */
    record Tags(Map<String, Integer> tags) {
    }

    @Override
    void run(AppContext context, PrintWriter out) {
        try {
            if (action.delete) {
                context.annotations().deleteTag(name);
            } else {
                context.annotations().renameTag(name, action.renameTo);
            }
        } catch (AnnotationException e) {
            throw AnnotationJson.userError(context, e);
        }
        if (json) {
            Json.print(out, new Tags(context.annotations().tagCounts()));
        } else {
            context.annotations().tagCounts().forEach((tag, n) -> out.println(tag + "\t" + n));
        }
    }
}
