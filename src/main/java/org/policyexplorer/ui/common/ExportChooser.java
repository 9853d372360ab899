package org.policyexplorer.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.stage.FileChooser;
import org.policyexplorer.app.Messages;

/** Asks where to save an export (with a suggested name and one kind of file), then exports; failures in a dialog. */
public final class ExportChooser {
    /** An export of a view-model's: where to, what to do when done, and what to say when it failed. */
    @FunctionalInterface
    public interface Export {
        void export(Path target, Runnable done, Consumer<String> failed);
    }

    private final Node owner;
    private final Messages messages;

    public ExportChooser(Node owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    /**
     * @param fileNameKey the message with the suggested file name
     * @param kind        the kind of file, as the chooser lists it (CSV, PNG)
     * @param pattern     its pattern ({@code *.csv})
     */
    public void choose(String fileNameKey, String kind, String pattern, Export export) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(messages.get(fileNameKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        File file = chooser.showSaveDialog(owner.getScene().getWindow());
        if (file != null) {
            export.export(file.toPath(), () -> { }, text -> Dialogs.warn(owner.getScene().getWindow(), messages, text));
        }
    }
}
