package org.policyexplorer.app.cli;

import java.io.PrintWriter;
import java.util.List;
import org.policyexplorer.annotate.AnnotationException;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.domain.Annotation;
import org.policyexplorer.domain.ReportDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code edit-annotation --id N [--note TEXT] [--tags a,b] [--color #rrggbb] [--json]}: what is not given stays. */
@Command(name = "edit-annotation", description = "Change an annotation's note, tags or colour; what is not given stays.")
final class EditAnnotationCommand extends ContextCommand {
    @Option(names = "--id", required = true, paramLabel = "N", description = "The annotation (see annotations).")
    long id;

    @Option(names = "--note", paramLabel = "TEXT", description = "The new note.")
    String note;

    @Option(names = "--tags", split = ",", paramLabel = "a,b", description = "The new tags (replace the old).")
    List<String> tags;

    @Option(names = "--color", paramLabel = "#rrggbb", description = "The new colour.")
    String color;

    @Override
    void run(AppContext context, PrintWriter out) {
        Annotation a;
        try {
            Annotation old = context.annotations().find(id).orElseThrow(() -> new AnnotationException(
                    AnnotationException.Problem.NO_SUCH_ANNOTATION, Long.toString(id)));
            a = context.annotations().update(id, note != null ? note : old.note(), tags != null ? tags : old.tags(),
                    color != null ? color : old.color());
        } catch (AnnotationException e) {
            throw AnnotationJson.userError(context, e);
        }
        if (json) {
            ReportDocument doc = context.library().load(a.reportId()).orElseThrow();
            Json.print(out, AnnotationJson.of(doc, a));
        } else {
            out.println(a.id());
        }
    }
}
