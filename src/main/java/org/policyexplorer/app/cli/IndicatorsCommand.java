package org.policyexplorer.app.cli;

import java.nio.file.Path;
import java.util.List;
import org.policyexplorer.annotate.AnnotationException;
import org.policyexplorer.app.ErrorMessages;
import org.policyexplorer.app.IndicatorColumns;
import org.policyexplorer.app.Messages;
import org.policyexplorer.indicators.IndicatorTable;
import picocli.CommandLine.Option;
import java.io.PrintWriter;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.app.SectionPaths;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.indicators.IndicatorPair;
import org.policyexplorer.indicators.IndicatorReport;
import picocli.CommandLine.Command;

/**
 * {@code indicators [--report ID] [--json] [--csv FILE]}: the figures of a report, its main targets, results
 * beside targets; {@code --csv} writes that table as the 指标 tab's 导出 does.
 */
@Command(name = "indicators", description = "Pull the numbers out of a report: every figure, the plan's main "
        + "targets, and last year's results beside this year's targets.")
final class IndicatorsCommand extends OneReportCommand {
    @Option(names = "--csv", paramLabel = "FILE", description = "Also write results beside targets as CSV "
            + "(UTF-8 with a BOM, for Excel).")
    Path csv;

    @Override
    void run(AppContext context, ReportDocument doc, PrintWriter out) {
        IndicatorReport report = context.indicators().of(doc);
        if (csv != null) {
            writeCsv(context, doc, report);
        }
        if (json) {
            Json.print(out, IndicatorJson.of(doc, report, new SectionPaths(context.library(), context.messages())));
        } else {
            for (IndicatorPair pair : report.pairs()) {
                out.printf("%s\t%s\t→ %s%n", pair.name(), pair.result().figure(), pair.target().figure());
            }
        }
    }

    private void writeCsv(AppContext context, ReportDocument doc, IndicatorReport report) {
        Messages messages = context.messages();
        List<String> header = IndicatorColumns.header(messages, IndicatorColumns.resultHeader(messages, doc),
                IndicatorColumns.targetHeader(messages, doc));
        List<IndicatorTable.Row> rows = report.pairs().stream()
                .map(p -> IndicatorTable.rowOf(p, report.indicators(), doc)).toList();
        try {
            IndicatorTable.writeCsv(csv, header, rows);
        } catch (AnnotationException e) {
            throw new UserError(messages.get("indicators.export.failed", csv.getFileName(),
                    ErrorMessages.describe(messages, e)));
        }
    }
}
