package org.policyexplorer.ui.compare;

import java.util.Collection;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.policyexplorer.app.Messages;
import org.policyexplorer.compare.Alignment;
import org.policyexplorer.compare.CompareUnit;
import org.policyexplorer.compare.Match;
import org.policyexplorer.compare.SharedTerms;
import org.policyexplorer.ui.common.ViewBar;
import org.policyexplorer.ui.common.Placeholder;

/**
 * 对照: what was done on the left, what is promised on the right (or back), the matches of the unit chosen
 * on the left ranked with their scores, the two texts with the words they share highlighted, the chapter
 * overview above, and the user's confirm / reject / add.
 */
public final class CompareView extends BorderPane {
    private final CompareViewModel model;
    private final Messages messages;
    private final ListView<CompareUnit> units = new ListView<>();
    private final ListView<Match> matches = new ListView<>();
    private final StyleClassedTextArea leftText = textArea("compare-left-text");
    private final StyleClassedTextArea rightText = textArea("compare-right-text");
    private final Label leftHeader = new Label();
    private final Label rightHeader = new Label();

    public CompareView(CompareViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("compare-view");
        getStyleClass().add("compare-view");

        setTop(sidePicker());
        ChapterOverview grid = new ChapterOverview(model, messages);
        TitledPane overview = new TitledPane(messages.get("compare.overview"), grid);
        overview.setId("compare-overview");
        overview.visibleProperty().bind(grid.visibleProperty());
        overview.managedProperty().bind(grid.visibleProperty());

        units.setId("compare-units");
        rightText.setAccessibleText(messages.get("a11y.compareRight"));
        leftText.setAccessibleText(messages.get("a11y.compareLeft"));
        units.setAccessibleText(messages.get("compare.units"));
        units.setCellFactory(v -> new UnitCell());
        units.setPlaceholder(Placeholder.of(messages.get("compare.noUnits")));
        units.getSelectionModel().selectedItemProperty().addListener((obs, old, unit) -> {
            if (unit != null && unit != model.selectedProperty().get()) {
                model.selectedProperty().set(unit);
            }
        });
        matches.setId("compare-matches");
        matches.setAccessibleText(messages.get("compare.matches"));
        matches.setCellFactory(v -> new MatchCell());
        matches.setPlaceholder(Placeholder.of(messages.get("compare.noMatches")));
        matches.getSelectionModel().selectedItemProperty().addListener((obs, old, m) -> showTexts());

        leftHeader.getStyleClass().add("compare-header");
        rightHeader.getStyleClass().add("compare-header");
        VBox left = new VBox(4, leftHeader, units, scroll(leftText));
        VBox right = new VBox(4, rightHeader, matches, actions(), scroll(rightText));
        units.setPrefHeight(220);
        matches.setPrefHeight(180);
        left.setPadding(new Insets(4));
        right.setPadding(new Insets(4));
        SplitPane sides = new SplitPane(left, right);
        sides.setOrientation(Orientation.HORIZONTAL);
        VBox center = new VBox(overview, sides);
        VBox.setVgrow(sides, Priority.ALWAYS);
        setCenter(center);

        model.alignmentProperty().addListener((obs, old, a) -> showUnits());
        model.directionProperty().addListener((obs, old, d) -> showUnits());
        model.selectedProperty().addListener((obs, old, unit) -> showMatches());
        showUnits();
    }

    private HBox sidePicker() {
        ComboBox<PartChoice> review = new ComboBox<>(model.choices());
        review.setId("compare-review-part");
        review.setAccessibleText(messages.get("a11y.reviewPart"));
        review.valueProperty().bindBidirectional(model.reviewProperty());
        review.setPromptText(messages.get("compare.pickReview"));
        ComboBox<PartChoice> plan = new ComboBox<>(model.choices());
        plan.setId("compare-plan-part");
        plan.setAccessibleText(messages.get("a11y.planPart"));
        plan.valueProperty().bindBidirectional(model.planProperty());
        plan.setPromptText(messages.get("compare.pickPlan"));
        review.setPrefWidth(300);
        plan.setPrefWidth(300);
        review.setMinWidth(120);
        plan.setMinWidth(120);
        Button flip = new Button(messages.get("compare.flip"));
        flip.setId("compare-flip");
        flip.setOnAction(e -> model.flip());
        flip.setMinWidth(Region.USE_PREF_SIZE);
        Label problem = new Label();
        problem.setId("compare-problem");
        problem.getStyleClass().add("compare-problem");
        problem.textProperty().bind(model.problemProperty());
        HBox bar = ViewBar.of(label(messages.get("compare.review")), review, flip,
                label(messages.get("compare.plan")), plan, problem);
        return bar;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private HBox actions() {
        Button confirm = new Button(messages.get("compare.confirm"));
        confirm.setId("compare-confirm");
        confirm.setOnAction(e -> model.confirm(selectedMatchUnit()));
        Button reject = new Button(messages.get("compare.reject"));
        reject.setId("compare-reject");
        reject.setOnAction(e -> model.reject(selectedMatchUnit()));
        Button undo = new Button(messages.get("compare.undo"));
        undo.setId("compare-undo");
        undo.setOnAction(e -> model.undo(selectedMatchUnit()));
        Button add = new Button(messages.get("compare.add"));
        add.setId("compare-add");
        add.setOnAction(e -> chooseAndAdd());
        confirm.disableProperty().bind(matches.getSelectionModel().selectedItemProperty().isNull());
        reject.disableProperty().bind(confirm.disableProperty());
        undo.disableProperty().bind(confirm.disableProperty());
        HBox box = new HBox(6, confirm, reject, undo, add);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private CompareUnit selectedMatchUnit() {
        Match m = matches.getSelectionModel().getSelectedItem();
        return m == null ? null : m.unit();
    }

    private void chooseAndAdd() {
        List<CompareUnit> others = model.rightUnits();
        if (others.isEmpty() || model.selectedProperty().get() == null) {
            return;
        }
        ChoiceDialog<CompareUnit> dialog = new ChoiceDialog<>(others.get(0), others);
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle(messages.get("compare.add"));
        dialog.setHeaderText(messages.get("compare.add.header", model.selectedProperty().get().title()));
        dialog.showAndWait().ifPresent(model::add);
    }

    private void showUnits() {
        Alignment a = model.alignmentProperty().get();
        units.getItems().setAll(model.leftUnits());
        boolean forward = model.directionProperty().get() == CompareViewModel.Direction.REVIEW_TO_PLAN;
        if (a != null) {
            leftHeader.setText((forward ? a.review() : a.plan()).part().title());
            rightHeader.setText(messages.get("compare.carriedOn", (forward ? a.plan() : a.review()).part().title()));
        } else {
            leftHeader.setText("");
            rightHeader.setText("");
        }
        showMatches();
    }

    private void showMatches() {
        Alignment a = model.alignmentProperty().get();
        CompareUnit unit = model.selectedProperty().get();
        if (unit != null && units.getSelectionModel().getSelectedItem() != unit) {
            units.getSelectionModel().select(unit);
            units.scrollTo(unit);
        }
        if (a == null || unit == null || !model.leftUnits().contains(unit)) {
            matches.getItems().clear();
            showTexts();
            return;
        }
        boolean forward = model.directionProperty().get() == CompareViewModel.Direction.REVIEW_TO_PLAN;
        matches.getItems().setAll(forward ? a.matchesOfReview(unit) : a.matchesOfPlan(unit));
        if (!matches.getItems().isEmpty()) {
            matches.getSelectionModel().select(0);
        }
        showTexts();
    }

    /** The chosen unit and the chosen match, each with the words they share highlighted. */
    private void showTexts() {
        Alignment a = model.alignmentProperty().get();
        CompareUnit unit = model.selectedProperty().get();
        Match match = matches.getSelectionModel().getSelectedItem();
        leftText.replaceText(unit == null ? "" : unit.text());
        rightText.replaceText(match == null ? "" : match.unit().text());
        if (a == null || unit == null || match == null) {
            return;
        }
        boolean forward = model.directionProperty().get() == CompareViewModel.Direction.REVIEW_TO_PLAN;
        String review = forward ? unit.text() : match.unit().text();
        String plan = forward ? match.unit().text() : unit.text();
        SharedTerms shared = a.sharedTerms(review, plan);
        highlight(leftText, forward ? shared.reviewRanges() : shared.planRanges());
        highlight(rightText, forward ? shared.planRanges() : shared.reviewRanges());
    }

    private static void highlight(StyleClassedTextArea area, List<int[]> ranges) {
        int length = area.getLength();
        if (length == 0) {
            return;
        }
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int at = 0;
        for (int[] r : ranges) {
            spans.add(List.of(), r[0] - at);
            spans.add(List.of("shared"), r[1] - r[0]);
            at = r[1];
        }
        spans.add(List.of(), length - at);
        area.setStyleSpans(0, spans.create());
    }

    public ListView<CompareUnit> units() {
        return units;
    }

    public ListView<Match> matches() {
        return matches;
    }

    public StyleClassedTextArea leftText() {
        return leftText;
    }

    public StyleClassedTextArea rightText() {
        return rightText;
    }

    private static StyleClassedTextArea textArea(String id) {
        StyleClassedTextArea area = new StyleClassedTextArea();
        area.setId(id);
        area.getStyleClass().add("compare-text");
        area.setEditable(false);
        area.setWrapText(true);
        return area;
    }

    private static VirtualizedScrollPane<StyleClassedTextArea> scroll(StyleClassedTextArea area) {
        VirtualizedScrollPane<StyleClassedTextArea> pane = new VirtualizedScrollPane<>(area);
        pane.setPrefHeight(260);
        VBox.setVgrow(pane, Priority.ALWAYS);
        return pane;
    }

    /** A unit on the left: its chapter's number and its title. */
    private static final class UnitCell extends ListCell<CompareUnit> {
        @Override
        protected void updateItem(CompareUnit unit, boolean empty) {
            super.updateItem(unit, empty);
            if (empty || unit == null) {
                setText(null);
                return;
            }
            String chapter = unit.chapter() != null && unit.chapter() != unit.section() && unit.chapter().number() != null
                    ? unit.chapter().number() + " · " : "";
            setText(chapter + unit.title());
        }
    }

    /** A match: title, score as a bar and a number, and whether it is the user's. */
    private final class MatchCell extends ListCell<Match> {
        @Override
        protected void updateItem(Match match, boolean empty) {
            super.updateItem(match, empty);
            setText(null);
            if (empty || match == null) {
                setGraphic(null);
                return;
            }
            Label title = new Label(match.unit().title());
            title.setMinWidth(0);
            HBox.setHgrow(title, Priority.ALWAYS);
            title.setMaxWidth(Double.MAX_VALUE);
            ProgressBar bar = new ProgressBar(Math.min(1, match.score() / 0.25));
            bar.setPrefWidth(70);
            bar.getStyleClass().add("score-bar");
            Label score = new Label(String.format("%.2f", match.score()));
            score.setMinWidth(Region.USE_PREF_SIZE);
            HBox row = new HBox(6, title, bar, score);
            row.setAlignment(Pos.CENTER_LEFT);
            if (match.origin() == Match.Origin.USER) {
                Label mine = new Label(messages.get("compare.mine"));
                mine.getStyleClass().add("user-link");
                mine.setMinWidth(Region.USE_PREF_SIZE);
                row.getChildren().add(1, mine);
            }
            setGraphic(row);
        }
    }
}
