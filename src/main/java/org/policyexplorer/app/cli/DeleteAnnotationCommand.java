package org.policyexplorer.app.cli;

import java.io.PrintWriter;
import org.policyexplorer.annotate.AnnotationException;
import org.policyexplorer.app.AppContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code delete-annotation --id N [--undo] [--json]}: deletes an annotation, or brings a deleted one back. */
@Command(name = "delete-annotation", description = "Delete an annotation (it can be brought back with --undo).")
final class DeleteAnnotationCommand extends ContextCommand {
    @Option(names = "--id", required = true, paramLabel = "N", description = "The annotation (see annotations).")
    long id;

    @Option(names = "--undo", description = "Bring the deleted annotation back.")
    boolean undo;

    /** What {@code delete-annotation --json} prints: deleted true, or false once brought back. */
    record Deleted(long id, boolean deleted) {
    }

    @Override
    void run(AppContext context, PrintWriter out) {
        try {
            if (undo) {
                context.annotations().restore(id);
            } else {
                context.annotations().delete(id);
            }
        } catch (AnnotationException e) {
            throw AnnotationJson.userError(context, e);
        }
        if (json) {
            Json.print(out, new Deleted(id, !undo));
        } else {
            out.println(context.messages().get(undo ? "cli.annotationRestored" : "cli.annotationDeleted",
                    Long.toString(id)));
        }
    }
}
