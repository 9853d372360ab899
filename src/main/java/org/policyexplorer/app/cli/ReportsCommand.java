package org.policyexplorer.app.cli;

import java.io.PrintWriter;
import java.util.List;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.domain.Report;
import picocli.CommandLine.Command;

/** {@code reports [--json]}: the reports in the store. */
@Command(name = "reports", description = "List the reports in the store.")
final class ReportsCommand extends ContextCommand {
    @Override
    void run(AppContext context, PrintWriter out) {
        context.library().latestOrSeed();
        List<Report> reports = context.library().list();
        if (json) {
            Json.print(out, reports.stream().map(ReportJson.Listed::of).toList());
        } else {
            for (Report r : reports) {
                out.printf("%d\t%s\t%s\t%s%n", r.id(), r.title(), r.place() == null ? "" : r.place(),
                        r.year() == null ? "" : r.year());
            }
        }
    }
}
