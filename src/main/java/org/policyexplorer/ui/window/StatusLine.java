package org.policyexplorer.ui.window;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import org.controlsfx.control.StatusBar;
import org.policyexplorer.app.Messages;
import org.policyexplorer.ui.MainViewModel;
import org.policyexplorer.ui.library.LibraryViewModel;
import org.policyexplorer.ui.search.SearchViewModel;

/**
 * The status bar: what the open report holds, or while searching the total (what, how many, where, how fast);
 * a busy bar while work runs; while files are imported, which and how far, with a cancel button.
 */
final class StatusLine {
    private final StatusBar bar = new StatusBar();
    private final MainViewModel model;
    private final SearchViewModel search;
    private final Messages messages;

    StatusLine(MainViewModel model, SearchViewModel search, LibraryViewModel library, Messages messages) {
        this.model = model;
        this.search = search;
        this.messages = messages;
        bar.setId("status");
        bar.setFocusTraversable(false); // it says things; there is nothing in it to act on
        bindNormal();
        Button cancel = new Button(messages.get("status.cancel"));
        cancel.setId("import-cancel");
        library.importingProperty().addListener((obs, old, task) -> {
            bar.progressProperty().unbind();
            bar.textProperty().unbind();
            if (task != null) {
                bar.progressProperty().bind(task.progressProperty());
                bar.textProperty().bind(task.messageProperty());
                cancel.setOnAction(e -> task.cancel());
                bar.getRightItems().setAll(cancel);
            } else {
                bar.getRightItems().clear();
                bindNormal();
            }
        });
    }

    StatusBar node() {
        return bar;
    }

    private void bindNormal() {
        bar.textProperty().bind(Bindings.createStringBinding(() -> {
            var outcome = search.outcomeProperty().get();
            if (!outcome.active()) {
                return model.statusProperty().get();
            }
            return messages.get("search.status", outcome.query(), outcome.result().total(),
                    outcome.result().sectionsWithHits(), outcome.latencyMs());
        }, model.statusProperty(), search.outcomeProperty()));
        bar.progressProperty().bind(Bindings.when(model.busyProperty()).then(-1.0).otherwise(0.0));
    }
}
