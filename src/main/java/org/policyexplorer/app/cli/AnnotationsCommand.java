package org.policyexplorer.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.domain.Annotation;
import org.policyexplorer.domain.ReportDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code annotations [--report ID] [--tag T [--with-children]] [--json]}: the annotations, in text order. */
@Command(name = "annotations", description = "List annotations (of one report with --report, else of all).")
final class AnnotationsCommand implements Callable<Integer> {
    @ParentCommand
    PolicyExplorerCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--report", paramLabel = "ID", description = "Only this report's.")
    Long reportId;

    @Option(names = "--tag", paramLabel = "T", description = "Only those tagged T.")
    String tag;

    @Option(names = "--with-children", description = "With --tag: also those tagged with a tag under T.")
    boolean withChildren;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        try (AppContext context = root.openContext()) {
            if (reportId != null) {
                ReportSelection.load(context, reportId);
            }
            List<Annotation> list = tag != null && withChildren
                    ? context.annotations().listAnyOf(reportId, context.tags().codebook().withDescendants(tag))
                    : context.annotations().list(reportId, tag);
            Map<Long, ReportDocument> docs = new HashMap<>();
            PrintWriter out = spec.commandLine().getOut();
            List<Object> rows = new ArrayList<>();
            for (Annotation a : list) {
                ReportDocument doc = docs.computeIfAbsent(a.reportId(), id -> context.library().load(id).orElseThrow());
                if (json) {
                    rows.add(AnnotationJson.of(doc, a));
                } else {
                    out.printf("%d\t%s\t%s\t%s%n", a.id(), a.exact(), a.note(), String.join(",", a.tags()));
                }
            }
            if (json) {
                Json.print(out, rows);
            }
            out.flush();
            return 0;
        }
    }
}
