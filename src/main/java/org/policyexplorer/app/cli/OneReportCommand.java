package org.policyexplorer.app.cli;

import java.io.PrintWriter;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.domain.ReportDocument;
import picocli.CommandLine.Option;

/**
 * A command that works on one report: {@code --report ID} (default: the latest) and {@code --json}. It opens
 * the store, loads the report and hands both to {@link #run(AppContext, ReportDocument, PrintWriter)}.
 */
abstract class OneReportCommand extends ContextCommand {
    @Option(names = "--report", paramLabel = "ID", description = "Report id (default: the latest).")
    Long reportId;

    @Override
    final void run(AppContext context, PrintWriter out) {
        run(context, ReportSelection.load(context, reportId), out);
    }

    /** Does the command's work on the report, printing to {@code out} (JSON when {@link #json} is set). */
    abstract void run(AppContext context, ReportDocument doc, PrintWriter out);
}
