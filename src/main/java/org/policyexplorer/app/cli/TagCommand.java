package org.policyexplorer.app.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.policyexplorer.annotate.AnnotationException;
import org.policyexplorer.app.AppContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tag NAME (--rename-to NEW | --delete | --parent P | --top | --color #rrggbb) [--json]}: renaming onto a
 * tag that exists merges the two (children included); a deleted tag's children move up to its parent.
 */
@Command(name = "tag", description = "Rename a tag (onto an existing tag: merge the two), take it off every "
        + "annotation, put it under another tag or at the top, or give it a colour.")
final class TagCommand extends ContextCommand {
    @Parameters(paramLabel = "NAME", description = "The tag.")
    String name;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Action action;

    static final class Action {
        @Option(names = "--rename-to", paramLabel = "NEW", description = "Its new name; an existing tag: merged.")
        String renameTo;

        @Option(names = "--delete", description = "Take the tag off every annotation (the annotations stay; the "
                + "tags under it move up).")
        boolean delete;

        @Option(names = "--parent", paramLabel = "P", description = "Put it under tag P (made if need be).")
        String parent;

        @Option(names = "--top", description = "Put it at the top, under no other tag.")
        boolean top;

        @Option(names = "--color", paramLabel = "#rrggbb", description = "Its colour (as codes in QDA tools).")
        String color;
    }

    /**
     * What {@code tag --json} prints: every tag left, with how many annotations carry it. A map, not a record:
     * its keys are the user's tags ({@code tags --json} gives parents and colours).
     */
    record Tags(Map<String, Integer> tags) {
    }

    @Override
    void run(AppContext context, PrintWriter out) {
        try {
            if (action.delete) {
                context.tags().delete(name);
            } else if (action.renameTo != null) {
                context.tags().rename(name, action.renameTo);
            } else if (action.parent != null || action.top) {
                context.tags().move(name, action.top ? null : action.parent);
            } else {
                context.tags().color(name, action.color);
            }
        } catch (AnnotationException e) {
            throw AnnotationJson.userError(context, e);
        }
        if (json) {
            Json.print(out, new Tags(context.tags().counts()));
        } else {
            context.tags().counts().forEach((tag, n) -> out.println(tag + "\t" + n));
        }
    }
}
