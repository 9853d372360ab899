package org.policyexplorer.ui.print;

import java.util.List;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.policyexplorer.app.Messages;
import org.policyexplorer.ui.common.Dialogs;

/**
 * Prints through the system print dialog, where the user also picks a PDF printer to save a PDF. With no
 * printer installed, it says so instead of failing.
 */
public final class SystemPrinting {
    /** Print size of the body text, in points: the size of a printed 政府工作报告. */
    private static final double FONT_SIZE = 11;

    private final Messages messages;

    public SystemPrinting(Messages messages) {
        this.messages = messages;
    }

    public void print(Window owner, Printout printout, String fontFamily) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            Dialogs.inform(owner, messages, messages.get("print.noPrinter"));
            return;
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return;
        }
        job.getJobSettings().setJobName(printout.title());
        PageLayout layout = job.getJobSettings().getPageLayout();
        List<Region> pages = new PageSetter(fontFamily, FONT_SIZE, messages.get("print.pageNumber"))
                .pages(printout, layout.getPrintableWidth(), layout.getPrintableHeight());
        for (Region page : pages) {
            new Scene(new Group(page)); // CSS and layout are worked out in a scene
            page.applyCss();
            page.layout();
            if (!job.printPage(layout, page)) {
                job.cancelJob();
                Dialogs.warn(owner, messages, messages.get("print.failed", String.valueOf(job.getJobStatus())));
                return;
            }
        }
        job.endJob();
    }
}
