package org.policyexplorer.ui.common;

import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.policyexplorer.app.Messages;

/** Messages to the user in their language; never a stack trace. */
public final class Dialogs {
    private Dialogs() {
    }

    public static void warn(Window owner, Messages messages, String text) {
        show(owner, messages, Alert.AlertType.WARNING, text);
    }

    public static void inform(Window owner, Messages messages, String text) {
        show(owner, messages, Alert.AlertType.INFORMATION, text);
    }

    /** A yes/no question; true for yes. */
    public static boolean confirm(Window owner, Messages messages, String question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, javafx.scene.control.ButtonType.YES,
                javafx.scene.control.ButtonType.NO);
        alert.initOwner(owner);
        alert.setTitle(messages.get("dialog.error.title"));
        alert.setHeaderText(null);
        return alert.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.YES).isPresent();
    }

    private static void show(Window owner, Messages messages, Alert.AlertType type, String text) {
        Alert alert = new Alert(type, text);
        alert.initOwner(owner);
        alert.setTitle(messages.get("dialog.error.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setMinWidth(420);
        alert.show();
    }
}
