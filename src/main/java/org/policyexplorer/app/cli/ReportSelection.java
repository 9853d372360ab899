package org.policyexplorer.app.cli;

import org.policyexplorer.app.AppContext;
import org.policyexplorer.domain.ReportDocument;

/** The report a command works on: the one named by --report, else the latest, else the bundled seed. */
final class ReportSelection {
    private ReportSelection() {
    }

    static ReportDocument load(AppContext context, Long reportId) {
        long id = reportId != null ? reportId : context.library().latestOrSeed().id();
        return context.library().load(id).orElseThrow(() -> new UserError(
                context.messages().get("cli.error.noSuchReport", reportId)));
    }
}
