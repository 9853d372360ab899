package org.policyexplorer.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.policyexplorer.annotate.AnnotationException;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.domain.Annotation;
import org.policyexplorer.domain.ReportDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code annotate --quote TEXT [--occurrence N] [--note TEXT] [--tags a,b] [--report ID] [--json]}. */
@Command(name = "annotate", description = "Annotate a passage of a report, found by its text.")
final class AnnotateCommand implements Callable<Integer> {
    @ParentCommand
    PolicyExplorerCommand root;

    @Spec
    CommandSpec spec;

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

    @Option(names = "--report", paramLabel = "ID", description = "Report id (default: the latest).")
    Long reportId;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        try (AppContext context = root.openContext()) {
            ReportDocument doc = ReportSelection.load(context, reportId);
            Annotation a;
            try {
                a = context.annotations().createByQuote(doc, quote, occurrence, note, tags, color);
            } catch (AnnotationException e) {
                throw AnnotationJson.userError(context, e);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Json.print(out, AnnotationJson.of(doc, a));
            } else {
                out.println(a.id());
                out.flush();
            }
            return 0;
        }
    }
}
