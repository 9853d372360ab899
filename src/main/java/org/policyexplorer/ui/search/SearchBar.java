package org.policyexplorer.ui.search;


import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.controlsfx.glyphfont.FontAwesome;
import org.controlsfx.glyphfont.Glyph;
import org.policyexplorer.app.Messages;
import org.policyexplorer.domain.PartRole;

/**
 * The search toolbar: the field (Ctrl+F; Enter for the next hit, Esc to clear), the scope switch
 * (全部 / 回顾 / 安排 / 自身建设), previous and next, where we are among the hits, and how the tree shows misses.
 */
public final class SearchBar extends HBox {
    private final SearchViewModel model;
    private final CustomTextField field;
    private final Label position = new Label();

    public SearchBar(SearchViewModel model, Messages messages) {
        this.model = model;
        setId("search-bar");
        getStyleClass().add("search-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        setPadding(new Insets(5, 8, 5, 8));

        field = (CustomTextField) TextFields.createClearableTextField();
        field.setId("search-field");
        field.setPromptText(messages.get("search.prompt"));
        field.setLeft(new Glyph("FontAwesome", FontAwesome.Glyph.SEARCH).color(javafx.scene.paint.Color.GRAY));
        field.setPrefColumnCount(22);
        field.setAccessibleText(messages.get("search.prompt"));
        field.textProperty().bindBidirectional(model.queryProperty());
        field.setOnAction(e -> model.next());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                model.clear();
                e.consume();
            }
        });
        new SuggestionPopup(field, model::suggestions);

        SegmentedButton scope = new SegmentedButton();
        scope.setId("search-scope");
        ToggleGroup group = new ToggleGroup();
        scope.setToggleGroup(group);
        ToggleButton all = scopeButton(messages.get("search.scope.all"), null, "scope-all");
        scope.getButtons().addAll(all,
                scopeButton(messages.get("search.scope.review"), PartRole.REVIEW, "scope-review"),
                scopeButton(messages.get("search.scope.plan"), PartRole.PLAN, "scope-plan"),
                scopeButton(messages.get("search.scope.governance"), PartRole.GOVERNANCE, "scope-governance"));
        all.setSelected(true);
        group.selectedToggleProperty().addListener((obs, old, selected) -> {
            if (selected == null) {
                old.setSelected(true); // one scope is always chosen
            } else {
                model.roleProperty().set((PartRole) selected.getUserData());
            }
        });

        Button previous = iconButton(FontAwesome.Glyph.CHEVRON_UP, messages.get("search.previous"), "search-previous");
        previous.setOnAction(e -> model.previous());
        Button next = iconButton(FontAwesome.Glyph.CHEVRON_DOWN, messages.get("search.next"), "search-next");
        next.setOnAction(e -> model.next());

        position.setId("search-position");
        position.setMinWidth(Region.USE_PREF_SIZE);
        position.textProperty().bind(Bindings.createStringBinding(() -> positionText(messages),
                model.outcomeProperty(), model.currentProperty()));

        ToggleButton everywhere = new ToggleButton(messages.get("search.allReports"));
        everywhere.setId("search-all-reports");
        everywhere.setTooltip(new Tooltip(messages.get("search.allReports.tip")));
        everywhere.selectedProperty().bindBidirectional(model.allReportsProperty());

        ToggleButton filter = new ToggleButton(messages.get("search.filterTree"));
        filter.setId("search-filter");
        filter.setTooltip(new Tooltip(messages.get("search.filterTree.tip")));
        filter.selectedProperty().bindBidirectional(model.filterTreeProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(field, scope, previous, next, position, spacer, everywhere, filter);
    }

    public TextField field() {
        return field;
    }

    /** Ctrl+F: into the field, with what is there selected for overtyping. */
    public void focusField() {
        field.requestFocus();
        field.selectAll();
    }

    private static ToggleButton scopeButton(String text, PartRole role, String id) {
        ToggleButton button = new ToggleButton(text);
        button.setUserData(role);
        button.setId(id);
        return button;
    }

    private static Button iconButton(FontAwesome.Glyph glyph, String tip, String id) {
        Button button = new Button(null, new Glyph("FontAwesome", glyph));
        button.setTooltip(new Tooltip(tip));
        button.setAccessibleText(tip);
        button.setId(id);
        return button;
    }

    private String positionText(Messages messages) {
        SearchOutcome outcome = model.outcomeProperty().get();
        if (!outcome.active()) {
            return "";
        }
        int total = outcome.places().size();
        if (total == 0) {
            return messages.get("search.none");
        }
        int current = model.currentProperty().get();
        return current < 0 ? messages.get("search.count", total) : messages.get("search.position", current + 1, total);
    }
}
