package org.policyexplorer.ui;

import org.policyexplorer.app.AppContext;
import org.policyexplorer.domain.Report;
import org.policyexplorer.domain.ReportDocument;

/**
 * What the window needs before it is shown, loaded off the FX thread (in {@code Application.init()}): the report
 * to open, the section last read in it, and the remembered window state.
 */
public record StartupState(ReportDocument document, Long lastSection, WindowState window) {

    /** Loads the last report read, else the latest, importing the bundled seed into an empty store. */
    public static StartupState load(AppContext context) {
        WindowState window = new WindowState(context.preferences().all());
        Long lastReport = window.lastReport();
        ReportDocument doc = null;
        if (lastReport != null) {
            doc = context.reports().load(lastReport).orElse(null);
        }
        if (doc == null) {
            Report report = context.seed().latestOrSeed();
            doc = context.reports().load(report.id()).orElseThrow();
        }
        return new StartupState(doc, window.lastSection(doc.report().id()), window);
    }
}
