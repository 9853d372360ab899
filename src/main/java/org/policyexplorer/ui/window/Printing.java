package org.policyexplorer.ui.window;

import javafx.stage.Window;
import org.policyexplorer.app.Messages;
import org.policyexplorer.app.SectionLabels;
import org.policyexplorer.ui.MainViewModel;
import org.policyexplorer.ui.compare.CompareViewModel;
import org.policyexplorer.ui.print.Printout;
import org.policyexplorer.ui.print.Printouts;
import org.policyexplorer.ui.print.SystemPrinting;

/** Ctrl+P: the comparison when the 对照 tab is in front, else the section being read (or the whole report). */
final class Printing {
    private Printing() {
    }

    static void print(Window owner, MainViewModel model, ViewTabs views, Messages messages, String family) {
        SectionLabels labels = new SectionLabels(messages);
        Printout printout;
        if (views.comparing()) {
            CompareViewModel compare = views.compareModel();
            printout = Printouts.comparison(compare.alignmentProperty().get(),
                    compare.directionProperty().get() == CompareViewModel.Direction.REVIEW_TO_PLAN, labels, messages);
        } else if (model.documentProperty().get() != null) {
            printout = Printouts.section(model.documentProperty().get(), model.selectedSectionProperty().get(), labels);
        } else {
            return;
        }
        new SystemPrinting(messages).print(owner, printout,
                family != null ? family : javafx.scene.text.Font.getDefault().getFamily());
    }
}
