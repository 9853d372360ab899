package org.policyexplorer.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.policyexplorer.annotate.AnnotationException;
import org.policyexplorer.annotate.CodeMatrix;
import org.policyexplorer.annotate.export.MatrixCsv;
import org.policyexplorer.app.AppContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code matrix [--roll-up] [--csv FILE] [--json]}: coded passages per code per report. */
@Command(name = "matrix", description = "The code × report matrix: how many coded passages each tag has in each "
        + "report (with --roll-up, a tag counts those of the tags under it too).")
final class MatrixCommand extends ContextCommand {
    @Option(names = "--roll-up", description = "Count a tag's passages with those of the tags under it.")
    boolean rollUp;

    @Option(names = "--csv", paramLabel = "FILE", description = "Write the matrix as CSV for Excel.")
    Path csv;

    /** {@code matrix --json}: the reports (columns), and per tag its path, depth, counts in column order and sum. */
    record MatrixJson(List<Column> reports, List<Row> rows, boolean rolledUp) {
        record Column(long id, String title) {
        }

        record Row(String tag, String path, int depth, List<Integer> counts, int total) {
        }
    }

    @Override
    void run(AppContext context, PrintWriter out) {
        CodeMatrix matrix = CodeMatrix.of(context.library().list(), context.annotations().list(null, null),
                context.tags().codebook(), rollUp);
        if (csv != null) {
            try {
                MatrixCsv.write(csv, matrix, context.messages().get("matrix.code"), context.messages().get("matrix.total"));
            } catch (AnnotationException e) {
                throw AnnotationJson.userError(context, e);
            }
        }
        if (json) {
            Json.print(out, new MatrixJson(matrix.reports().stream().map(c -> new MatrixJson.Column(c.reportId(),
                    c.title())).toList(), matrix.rows().stream().map(r -> new MatrixJson.Row(r.tag(), r.path(),
                    r.depth(), r.counts(), r.total())).toList(), matrix.rolledUp()));
        } else if (csv != null) {
            out.println(csv.toAbsolutePath());
        } else {
            out.println("\t" + matrix.reports().stream().map(CodeMatrix.Column::title).collect(Collectors.joining("\t")));
            for (CodeMatrix.Row r : matrix.rows()) {
                out.println(r.path() + "\t" + r.counts().stream().map(String::valueOf).collect(Collectors.joining("\t")));
            }
        }
    }
}
