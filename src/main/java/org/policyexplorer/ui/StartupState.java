package org.policyexplorer.ui;

import org.policyexplorer.library.LibraryService;
import org.policyexplorer.settings.Settings;
import org.policyexplorer.domain.Report;
import org.policyexplorer.domain.ReportDocument;

/**
 * What the window needs before it is shown, loaded off the FX thread (in {@code Application.init()}): the report
 * to open, the section last read in it, and the remembered window state.
 */
public record StartupState(ReportDocument document, Long lastSection, WindowState window) {

    /** Loads the last report read, else the latest, importing the bundled seed into an empty store. */
    public static StartupState load(LibraryService library, Settings settings) {
        WindowState window = new WindowState(settings.all());
        Long lastReport = window.lastReport();
        ReportDocument doc = null;
        if (lastReport != null) {
            doc = library.load(lastReport).orElse(null);
        }
        if (doc == null) {
            Report report = library.latestOrSeed();
            doc = library.document(report.id());
        }
        return new StartupState(doc, window.lastSection(doc.report().id()), window);
    }
}
