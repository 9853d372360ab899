package org.policyexplorer.ui.common;

import javafx.scene.control.Label;

/** What an empty table or list says, wrapped to its width and in the user's language (never JavaFX's English). */
public final class Placeholder {
    private static final double MAX_WIDTH = 420;

    private Placeholder() {
    }

    public static Label of(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(MAX_WIDTH);
        label.getStyleClass().add("placeholder-text");
        label.setStyle("-fx-padding: 1em; -fx-text-alignment: center;");
        return label;
    }
}
