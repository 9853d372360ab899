package org.policyexplorer.ui.window;

import javafx.beans.binding.BooleanBinding;
import org.policyexplorer.ui.MainViewModel;
import org.policyexplorer.ui.common.FrameGapMeter;
import org.policyexplorer.ui.common.NextFrame;
import org.policyexplorer.ui.library.LibraryViewModel;
import org.policyexplorer.ui.search.SearchViewModel;

/** With {@code --timings}: what the window prints about how fast it answers, for the benchmarks. */
final class Timings {
    /** Kept in a field: bindings listen weakly, and a binding nothing holds is collected with its listener. */
    private BooleanBinding importing;

    /**
     * For each search, the time from the keystroke to the first frame that shows its results (the budget is
     * 100 ms on the seed).
     */
    void printSearches(SearchViewModel search) {
        search.outcomeProperty().addListener((obs, old, outcome) -> {
            if (!outcome.active()) {
                return;
            }
            NextFrame.then(() -> System.out.printf("search: \"%s\" %d hits, ready after %d ms, shown after %d ms%n",
                    outcome.query(), outcome.result().total(), outcome.latencyMs(),
                    (System.nanoTime() - outcome.startedNanos()) / 1_000_000));
        });
    }

    /**
     * For each import, its time in the window and the longest the window went without a new frame meanwhile
     * (it stays responsive when that stays short).
     */
    void printImports(MainViewModel model, LibraryViewModel library) {
        FrameGapMeter meter = new FrameGapMeter();
        importing = model.busyProperty().or(library.importingProperty().isNotNull());
        importing.addListener((obs, was, now) -> {
            if (now) {
                meter.start();
            } else {
                System.out.println("import: " + meter.stopAndDescribe());
            }
        });
    }
}
