package org.policyexplorer.ui.outline;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.policyexplorer.app.Messages;
import org.policyexplorer.domain.PartRole;

/** Asks what a part does and which year it is about: the user's correction of the parser's judgement. */
public final class PartCorrectionDialog {
    /** The roles a user can give a part (the preamble is only ever the text before the first heading). */
    public static final List<PartRole> ROLES = List.of(PartRole.REVIEW, PartRole.PLAN, PartRole.GOVERNANCE,
            PartRole.OTHER);
    private static final int YEAR_MIN = 1949;
    private static final int YEAR_MAX = 2100;

    /** The answer: a role and a year (null for a five-year part or one about no single year). */
    public record Correction(PartRole role, Integer year) {
    }

    private PartCorrectionDialog() {
    }

    public static ChoiceBox<PartRole> roleChoice(Messages messages, PartRole current) {
        ChoiceBox<PartRole> role = new ChoiceBox<>();
        role.getItems().setAll(ROLES);
        role.setConverter(new StringConverter<>() {
            @Override
            public String toString(PartRole r) {
                return r == null ? "" : messages.get("role." + r.key());
            }

            @Override
            public PartRole fromString(String s) {
                return null;
            }
        });
        role.setValue(ROLES.contains(current) ? current : PartRole.OTHER);
        role.setAccessibleText(messages.get("outline.role"));
        return role;
    }

    /** The year typed, null when blank; empty when it is not a year a report could be about. */
    public static Optional<Integer> parseYear(String text, boolean[] valid) {
        String t = text == null ? "" : text.strip();
        valid[0] = true;
        if (t.isEmpty()) {
            return Optional.empty();
        }
        try {
            int y = Integer.parseInt(t);
            valid[0] = y >= YEAR_MIN && y <= YEAR_MAX;
            return valid[0] ? Optional.of(y) : Optional.empty();
        } catch (NumberFormatException e) {
            valid[0] = false;
            return Optional.empty();
        }
    }

    public static Optional<Correction> ask(Window owner, Messages messages, String partLabel, PartRole role,
                                           Integer year, double confidence) {
        ChoiceBox<PartRole> roles = roleChoice(messages, role);
        roles.setId("part-role-choice");
        TextField yearField = new TextField(year == null ? "" : year.toString());
        yearField.setId("part-year-field");
        yearField.setPromptText(messages.get("outline.yearPrompt"));
        yearField.setAccessibleText(messages.get("outline.year"));
        yearField.setPrefColumnCount(6);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        Label part = new Label(partLabel);
        part.setWrapText(true);
        part.setMaxWidth(420);
        grid.add(part, 0, 0, 2, 1);
        grid.addRow(1, new Label(messages.get("outline.role")), roles);
        grid.addRow(2, new Label(messages.get("outline.year")), yearField);
        Label hint = new Label(messages.get(confidence < org.policyexplorer.domain.OutlinePart.UNSURE_BELOW
                ? "outline.hintUnsure" : "outline.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(420);
        hint.getStyleClass().add("dialog-hint");
        grid.add(hint, 0, 3, 2, 1);
        Dialog<Correction> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("outline.correctTitle"));
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        boolean[] valid = {true};
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(
                javafx.beans.binding.Bindings.createBooleanBinding(() -> {
                    parseYear(yearField.getText(), valid);
                    return !valid[0];
                }, yearField.textProperty()));
        dialog.setResultConverter(b -> b == ButtonType.OK
                ? new Correction(roles.getValue(), parseYear(yearField.getText(), valid).orElse(null)) : null);
        return dialog.showAndWait();
    }
}
