package org.policyexplorer.ui.search;

import java.util.List;
import java.util.function.Function;
import javafx.geometry.Bounds;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Popup;

/**
 * Suggestions under the search field (recent queries, the report's frequent words). Unlike a combo box it
 * never takes a choice on its own: nothing is selected until the user presses Down or clicks, so Enter
 * keeps meaning "next hit", and typing always goes to the field.
 */
final class SuggestionPopup {
    private static final int VISIBLE_ROWS = 8;
    private final TextField field;
    private final Function<String, List<String>> source;
    private final Popup popup = new Popup();
    private final ListView<String> list = new ListView<>();
    /** Set while a chosen suggestion is written into the field, so that writing it does not suggest again. */
    private boolean accepting;

    SuggestionPopup(TextField field, Function<String, List<String>> source) {
        this.field = field;
        this.source = source;
        list.setId("search-suggestions");
        list.getStyleClass().add("search-suggestions");
        list.setFocusTraversable(false);
        list.setOnMouseClicked(e -> accept(list.getSelectionModel().getSelectedItem()));
        popup.getContent().add(list);
        popup.setAutoHide(true);
        // a click elsewhere both closes the list and does what it was meant to do
        popup.setConsumeAutoHidingEvents(false);
        field.textProperty().addListener((obs, old, text) -> {
            if (!accepting && field.isFocused()) {
                update(text);
            }
        });
        field.focusedProperty().addListener((obs, old, focused) -> {
            if (!focused) {
                popup.hide();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private void onKey(KeyEvent e) {
        if (!popup.isShowing()) {
            if (e.getCode() == KeyCode.DOWN && field.getText().isEmpty()) {
                update("");  // Down in an empty field offers the recent queries
                e.consume();
            }
            return;
        }
        switch (e.getCode()) {
            case DOWN -> {
                list.getSelectionModel().selectNext();
                list.scrollTo(list.getSelectionModel().getSelectedIndex());
                e.consume();
            }
            case UP -> {
                list.getSelectionModel().selectPrevious();
                e.consume();
            }
            case ENTER -> {
                String chosen = list.getSelectionModel().getSelectedItem();
                popup.hide();
                if (chosen != null) {
                    accept(chosen);
                    e.consume();
                }
            }
            case ESCAPE -> {
                popup.hide();
                e.consume();
            }
            default -> { }
        }
    }

    private void update(String text) {
        List<String> suggestions = source.apply(text);
        if (suggestions.isEmpty() || field.getScene() == null) {
            popup.hide();
            return;
        }
        list.getItems().setAll(suggestions);
        list.getSelectionModel().clearSelection();
        list.setPrefHeight(Math.min(VISIBLE_ROWS, suggestions.size()) * 28 + 4);
        list.setPrefWidth(field.getWidth());
        if (!popup.isShowing()) {
            Bounds b = field.localToScreen(field.getBoundsInLocal());
            if (b != null) {
                popup.show(field, b.getMinX(), b.getMaxY());
            }
        }
    }

    private void accept(String suggestion) {
        if (suggestion == null) {
            return;
        }
        popup.hide();
        accepting = true;
        try {
            field.setText(suggestion);
            field.positionCaret(suggestion.length());
        } finally {
            accepting = false;
        }
    }
}
