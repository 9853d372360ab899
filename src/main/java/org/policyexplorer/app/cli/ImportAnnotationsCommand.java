package org.policyexplorer.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.policyexplorer.annotate.AnnotationException;
import org.policyexplorer.annotate.AnnotationImporter;
import org.policyexplorer.annotate.ImportNote;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.app.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code import-annotations FILE [--json]}: reads back a W3C export or a REFI-QDA project (.qdpx) from any tool;
 * what is already here is not added twice; what could not be taken as it was is listed.
 */
@Command(name = "import-annotations", description = "Import annotations from a W3C Web Annotation JSON-LD file or "
        + "a REFI-QDA project (.qdpx: its texts become reports, its codes tags, its coded passages annotations).")
final class ImportAnnotationsCommand extends ContextCommand {
    @Parameters(paramLabel = "FILE")
    Path file;

    /** {@code import-annotations --json}: the counts, and each note in the user's language. */
    record ImportJson(int added, int duplicates, int orphaned, int reportsAdded, int reportsFound, int tagsAdded,
                      int memos, List<String> notes) {
    }

    @Override
    void run(AppContext context, PrintWriter out) {
        AnnotationImporter.Result result;
        try {
            result = context.annotationImporter().importFile(file);
        } catch (AnnotationException e) {
            throw AnnotationJson.userError(context, e);
        }
        Messages messages = context.messages();
        List<String> notes = result.notes().stream().map(n -> describe(messages, n)).toList();
        if (json) {
            Json.print(out, new ImportJson(result.added(), result.duplicates(), result.orphaned(),
                    result.reportsAdded(), result.reportsFound(), result.tagsAdded(), result.memos(), notes));
            return;
        }
        out.println(summary(messages, result));
        notes.forEach(out::println);
    }

    /** What an import did, in one or two lines: the second for what a project brought besides annotations. */
    static String summary(Messages messages, AnnotationImporter.Result r) {
        String line = messages.get("annotate.imported", r.added(), r.duplicates(), r.orphaned());
        if (r.reportsAdded() + r.reportsFound() > 0) { // a project: what it brought besides annotations
            line += System.lineSeparator() + messages.get("annotate.imported.more", r.reportsAdded(), r.reportsFound(),
                    r.tagsAdded(), r.memos());
        }
        return line;
    }

    static String describe(Messages messages, ImportNote note) {
        return messages.get(note.key(), note.args().toArray());
    }
}
