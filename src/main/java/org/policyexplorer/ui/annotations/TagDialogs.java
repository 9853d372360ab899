package org.policyexplorer.ui.annotations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import org.policyexplorer.app.Messages;
import org.policyexplorer.domain.Codebook;
import org.policyexplorer.domain.Tag;

/** The small dialogs of the tag manager and of memos: they ask, the view-model decides and saves. */
final class TagDialogs {
    private TagDialogs() {
    }

    /**
     * Which tag to put {@code tag} under: every tag but itself and those below it (which would make a loop), or
     * the top; empty when cancelled, "" for the top.
     */
    static Optional<String> parent(Window owner, Messages messages, Codebook book, String tag) {
        String top = messages.get("annotations.tags.top");
        List<String> choices = new ArrayList<>();
        choices.add(top);
        for (Tag t : book.tags()) {
            if (!book.withDescendants(tag).contains(t.name())) {
                choices.add(t.name());
            }
        }
        String current = book.parentOf(tag);
        ChoiceDialog<String> dialog = new ChoiceDialog<>(current == null ? top : current, choices);
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("annotations.tags.move"));
        dialog.setHeaderText(messages.get("annotations.tags.moveHeader", tag));
        return dialog.showAndWait().map(choice -> choice.equals(top) ? "" : choice);
    }

    /** A colour for a tag, as #rrggbb. */
    static Optional<String> color(Window owner, Messages messages, String tag, String current) {
        ColorPicker picker = new ColorPicker(Tag.isColor(current) ? Color.web(current) : Color.GOLD);
        picker.setId("tag-colour");
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("annotations.tags.color"));
        dialog.setHeaderText(tag);
        dialog.getDialogPane().setContent(picker);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK ? hex(picker.getValue()) : null);
        return dialog.showAndWait();
    }

    static String hex(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    /** A memo, edited in full; empty when cancelled. */
    static Optional<String> memo(Window owner, Messages messages, String title, String header, String current) {
        TextArea area = new TextArea(current);
        area.setId("memo-text");
        area.setWrapText(true);
        area.setPrefRowCount(12);
        area.setPrefColumnCount(40);
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().setContent(area);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK ? area.getText() : null);
        return dialog.showAndWait();
    }
}
