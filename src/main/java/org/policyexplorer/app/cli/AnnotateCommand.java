package org.policyexplorer.app.cli;

import java.io.PrintWriter;
import java.util.List;
import org.policyexplorer.annotate.AnnotationException;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.domain.Annotation;
import org.policyexplorer.domain.ReportDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code annotate --quote TEXT [--occurrence N] [--note TEXT] [--tags a,b] [--report ID] [--json]}. */
@Command(name = "annotate", description = "Annotate a passage of a report, found by its text.")
final class AnnotateCommand extends OneReportCommand {
    @Option(names = "--quote", required = true, paramLabel = "TEXT", description = "The passage, as written.")
    String quote;

    @Option(names = "--occurrence", defaultValue = "1", paramLabel = "N", description = "Which occurrence (from 1).")
    int occurrence;

    @Option(names = "--note", defaultValue = "", paramLabel = "TEXT", description = "The note.")
    String note;

    @Option(names = "--tags", split = ",", paramLabel = "a,b", description = "Tags (codes), comma separated.")
    List<String> tags;

    @Option(names = "--color", paramLabel = "#rrggbb", description = "Highlight colour.")
    String color;

    @Override
    void run(AppContext context, ReportDocument doc, PrintWriter out) {
        Annotation a;
        try {
            a = context.annotations().createByQuote(doc, quote, occurrence, note, tags, color);
        } catch (AnnotationException e) {
            throw AnnotationJson.userError(context, e);
        }
        if (json) {
            Json.print(out, AnnotationJson.of(doc, a));
        } else {
            out.println(a.id());
        }
    }
}
