package org.policyexplorer.app.cli;

import java.io.PrintWriter;
import java.util.List;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.domain.Codebook;
import org.policyexplorer.domain.Tag;
import picocli.CommandLine.Command;

/** {@code tags [--json]}: the tags as a tree, parents before their children. */
@Command(name = "tags", description = "List the tags (codes): each with the tag it sits under, its path, colour, "
        + "memo and how many annotations carry it.")
final class TagsCommand extends ContextCommand {

    /** One tag of {@code tags --json}; {@code parent} is null at the top, {@code path} runs from the top down. */
    record TagJson(String name, String parent, List<String> path, int depth, String color, int annotations,
                   String memo) {
    }

    @Override
    void run(AppContext context, PrintWriter out) {
        Codebook book = context.tags().codebook();
        List<TagJson> rows = book.tags().stream().map(t -> json(book, t)).toList();
        if (json) {
            Json.print(out, rows);
        } else {
            rows.forEach(t -> out.println("  ".repeat(t.depth()) + t.name() + "\t" + t.annotations() + "\t" + t.color()));
        }
    }

    private static TagJson json(Codebook book, Tag t) {
        List<String> path = book.path(t.name());
        return new TagJson(t.name(), book.parentOf(t.name()), path, path.size() - 1, t.color(), t.uses(), t.memo());
    }
}
