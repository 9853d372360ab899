package org.policyexplorer.app.cli;

import java.io.PrintWriter;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.app.SectionPaths;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.indicators.IndicatorPair;
import org.policyexplorer.indicators.IndicatorReport;
import org.policyexplorer.indicators.IndicatorService;
import picocli.CommandLine.Command;

/** {@code indicators [--report ID] [--json]}: the figures of a report, its main targets, results beside targets. */
@Command(name = "indicators", description = "Pull the numbers out of a report: every figure, the plan's main "
        + "targets, and last year's results beside this year's targets.")
final class IndicatorsCommand extends OneReportCommand {
    @Override
    void run(AppContext context, ReportDocument doc, PrintWriter out) {
        IndicatorReport report = new IndicatorService().of(doc);
        if (json) {
            Json.print(out, IndicatorJson.of(doc, report, new SectionPaths(context.reports(), context.messages())));
        } else {
            for (IndicatorPair pair : report.pairs()) {
                out.printf("%s\t%s\t→ %s%n", pair.name(), pair.result().figure(), pair.target().figure());
            }
        }
    }
}
