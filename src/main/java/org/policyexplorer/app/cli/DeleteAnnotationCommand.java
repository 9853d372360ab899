package org.policyexplorer.app.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
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
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("deleted", !undo);
        if (json) {
            Json.print(out, m);
        } else {
            out.println(context.messages().get(undo ? "cli.annotationRestored" : "cli.annotationDeleted",
                    Long.toString(id)));
        }
    }
}
