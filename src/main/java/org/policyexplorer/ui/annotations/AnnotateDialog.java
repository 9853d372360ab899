package org.policyexplorer.ui.annotations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.policyexplorer.app.Messages;

/**
 * Asks for an annotation's note, tags and colour. Tags already used are offered as chips: a click adds or
 * removes one, so a researcher's codes stay consistent.
 */
public final class AnnotateDialog extends Dialog<AnnotateDialog.Input> {
    /** What the user entered. */
    public record Input(String note, List<String> tags, String colour) {
    }

    public AnnotateDialog(Messages messages, String quote, Input initial, List<String> knownTags) {
        setTitle(messages.get("annotate.dialog.title"));
        setHeaderText(quote.length() <= 60 ? "“" + quote + "”" : "“" + quote.substring(0, 60) + "…”");
        TextArea note = new TextArea(initial.note());
        note.setId("annotation-note");
        note.setPromptText(messages.get("annotate.dialog.note"));
        note.setAccessibleText(messages.get("annotate.dialog.note"));
        note.setWrapText(true);
        note.setPrefRowCount(4);
        TextField tags = new TextField(String.join(", ", initial.tags()));
        tags.setId("annotation-tags");
        tags.setPromptText(messages.get("annotate.dialog.tags"));
        tags.setAccessibleText(messages.get("annotate.dialog.tags"));
        FlowPane chips = new FlowPane(4, 4);
        for (String tag : knownTags) {
            ToggleButton chip = new ToggleButton(tag);
            chip.getStyleClass().add("tag-chip");
            chip.setSelected(initial.tags().contains(tag));
            chip.setOnAction(e -> tags.setText(toggle(tags.getText(), tag, chip.isSelected())));
            chips.getChildren().add(chip);
        }
        ToggleGroup colours = new ToggleGroup();
        HBox swatches = new HBox(6);
        for (Map.Entry<String, String> c : Palette.COLOURS.entrySet()) {
            ToggleButton swatch = new ToggleButton();
            swatch.setUserData(c.getValue());
            swatch.setAccessibleText(messages.get("colour." + c.getKey()));
            swatch.setTooltip(new javafx.scene.control.Tooltip(swatch.getAccessibleText()));
            swatch.setToggleGroup(colours);
            swatch.setStyle("-fx-background-color: " + c.getValue() + "; -fx-min-width: 26; -fx-min-height: 20;");
            swatch.getStyleClass().add("colour-swatch");
            swatch.setSelected(Palette.styleClassOf(initial.colour()).equals(c.getKey()));
            swatches.getChildren().add(swatch);
        }
        VBox content = new VBox(8, new Label(messages.get("annotate.dialog.note")), note,
                new Label(messages.get("annotate.dialog.tags")), tags, chips,
                new Label(messages.get("annotate.dialog.colour")), swatches);
        content.setPadding(new Insets(10));
        content.setPrefWidth(460);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        setOnShown(e -> note.requestFocus());
        setResultConverter(button -> button == ButtonType.OK ? new Input(note.getText(), split(tags.getText()),
                colours.getSelectedToggle() == null ? initial.colour() : (String) colours.getSelectedToggle().getUserData())
                : null);
    }

    /** Tags are separated by commas (ASCII or Chinese) or the ideographic comma. */
    public static List<String> split(String text) {
        return Arrays.stream(text.split("[,，、;；]")).map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
    }

    private static String toggle(String text, String tag, boolean on) {
        List<String> list = new ArrayList<>(split(text));
        list.remove(tag);
        if (on) {
            list.add(tag);
        }
        return String.join(", ", list);
    }
}
