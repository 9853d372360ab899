package org.policyexplorer.app.cli;

import java.io.PrintWriter;
import org.policyexplorer.app.AppContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code delete-report --report ID [--undo] [--json]}: deletes a report (with its index rows), or brings it back. */
@Command(name = "delete-report", description = "Delete a report from the library; --undo brings it back with "
        + "its annotations.")
final class DeleteReportCommand extends ContextCommand {
    @Option(names = "--report", required = true, paramLabel = "ID", description = "The report (see reports).")
    long reportId;

    @Option(names = "--undo", description = "Bring the deleted report back.")
    boolean undo;

    /** What {@code delete-report --json} prints: deleted true, or false once brought back. */
    record Deleted(long report, boolean deleted) {
    }

    @Override
    void run(AppContext context, PrintWriter out) {
        boolean done = undo ? context.library().restore(reportId) : context.library().delete(reportId);
        if (!done) {
            throw new UserError(context.messages().get(undo ? "cli.error.notDeleted" : "cli.error.noSuchReport",
                    Long.toString(reportId)));
        }
        if (json) {
            Json.print(out, new Deleted(reportId, !undo));
        } else {
            out.println(context.messages().get(undo ? "cli.reportRestored" : "cli.reportDeleted",
                    Long.toString(reportId)));
        }
    }
}
