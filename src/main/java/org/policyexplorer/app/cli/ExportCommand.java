package org.policyexplorer.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.policyexplorer.annotate.AnnotationException;
import org.policyexplorer.annotate.export.AnnotationExports;
import org.policyexplorer.annotate.export.ReportAnnotations;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.domain.Report;
import org.policyexplorer.domain.ReportDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code export --format csv|md|w3c|qdpx --out FILE [--report ID]}: annotations for other tools. */
@Command(name = "export", description = "Export annotations: csv (Excel), md (Markdown), w3c (Web Annotation "
        + "JSON-LD), qdpx (REFI-QDA for NVivo, ATLAS.ti, MAXQDA, QualCoder).")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    PolicyExplorerCommand root;

    @Spec
    CommandSpec spec;

    /** The formats by the names scripts use, with the other names used for two of them (markdown; json, jsonld). */
    enum Format {
        csv(AnnotationExports.Format.CSV), md(AnnotationExports.Format.MD), markdown(AnnotationExports.Format.MD),
        w3c(AnnotationExports.Format.W3C), json(AnnotationExports.Format.W3C), jsonld(AnnotationExports.Format.W3C),
        qdpx(AnnotationExports.Format.QDPX);

        final AnnotationExports.Format written;

        Format(AnnotationExports.Format written) {
            this.written = written;
        }
    }

    @Option(names = "--format", required = true, paramLabel = "csv|md|w3c|qdpx", description = "csv, md (or "
            + "markdown), w3c (or json, jsonld) or qdpx; in any case.")
    Format format;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    @Option(names = "--report", paramLabel = "ID", description = "Only this report's annotations (default: all).")
    Long reportId;

    @Override
    public Integer call() {
        try (AppContext context = root.openContext()) {
            List<ReportAnnotations> sets = new ArrayList<>();
            List<Report> reports = reportId != null ? List.of(ReportSelection.load(context, reportId).report())
                    : context.library().list();
            for (Report r : reports) {
                ReportDocument doc = context.library().load(r.id()).orElseThrow();
                sets.add(new ReportAnnotations(doc, context.annotations().list(r.id(), null),
                        context.memos().reportMemo(r.id())));
            }
            try {
                AnnotationExports.write(format.written, out, sets,
                        context.tags().codebook(), AnnotationJson.labels(context.messages()));
            } catch (AnnotationException e) {
                throw AnnotationJson.userError(context, e);
            }
            PrintWriter writer = spec.commandLine().getOut();
            writer.println(out.toAbsolutePath());
            writer.flush();
            return 0;
        }
    }
}
