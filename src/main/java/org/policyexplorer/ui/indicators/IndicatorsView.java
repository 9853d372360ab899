package org.policyexplorer.ui.indicators;

import java.io.File;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.policyexplorer.app.Messages;
import org.policyexplorer.domain.Indicator;
import org.policyexplorer.indicators.IndicatorPair;
import org.policyexplorer.ui.common.Dialogs;
import org.policyexplorer.ui.common.ViewBar;
import org.policyexplorer.ui.common.Placeholder;

/**
 * 指标: the plan's main targets, then last year's results beside this year's targets with the change and a
 * small chart per row, then every figure. Rows filter by name, sort by column, copy (Ctrl+C) and export to
 * CSV; a click opens the figure in the reader.
 */
public final class IndicatorsView extends BorderPane {
    private final IndicatorsViewModel model;
    private final Messages messages;
    private final Runnable showReader;
    private final TableView<IndicatorPair> pairs = new TableView<>();
    private final TableView<Indicator> mainTargets = new TableView<>();
    private final TableView<Indicator> all = new TableView<>();
    private final TableColumn<IndicatorPair, String> resultColumn;
    private final TableColumn<IndicatorPair, String> targetColumn;

    public IndicatorsView(IndicatorsViewModel model, Messages messages, Runnable showReader) {
        this.model = model;
        this.messages = messages;
        this.showReader = showReader;
        setId("indicators-view");

        TextField filter = new TextField();
        filter.setId("indicators-filter");
        filter.setAccessibleText(messages.get("a11y.indicatorsFilter"));
        filter.setPromptText(messages.get("indicators.filter"));
        filter.textProperty().bindBidirectional(model.filterProperty());
        filter.setPrefColumnCount(16);
        Button copy = new Button(messages.get("indicators.copy"));
        copy.setId("indicators-copy");
        copy.setOnAction(e -> copySelection());
        Button export = new Button(messages.get("indicators.export"));
        export.setId("indicators-export");
        export.setOnAction(e -> chooseAndExport());
        javafx.scene.control.Label problem = new javafx.scene.control.Label();
        problem.setId("indicators-problem");
        problem.getStyleClass().add("compare-problem");
        problem.textProperty().bind(model.problemProperty());
        HBox bar = ViewBar.of(filter, copy, export, problem);

        mainTargets.setId("main-targets");
        mainTargets.setAccessibleText(messages.get("a11y.mainTargets"));
        mainTargets.setItems(model.mainTargets());
        mainTargets.setPlaceholder(Placeholder.of(messages.get("indicators.noMainTargets")));
        mainTargets.getColumns().add(column(messages.get("indicators.column.name"), Indicator::name, 240));
        mainTargets.getColumns().add(column(messages.get("indicators.column.mainTarget"), Indicator::figure, 360));
        mainTargets.setPrefHeight(200);
        mainTargets.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        mainTargets.setOnMouseClicked(e -> open(mainTargets.getSelectionModel().getSelectedItem()));
        TitledPane mainPane = new TitledPane(messages.get("indicators.mainTargets"), mainTargets);
        mainPane.setId("main-targets-pane");

        pairs.setId("indicator-pairs");
        pairs.setAccessibleText(messages.get("a11y.indicatorPairs"));
        pairs.setItems(model.pairs());
        pairs.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        pairs.setPlaceholder(Placeholder.of(messages.get("indicators.noPairs")));
        resultColumn = column(messages.get("indicators.column.result"), model::resultText, 170);
        targetColumn = column(messages.get("indicators.column.target"), p -> p.target().figure(), 150);
        resultColumn.setCellFactory(c -> new FigureCell(IndicatorPair::result));
        targetColumn.setCellFactory(c -> new FigureCell(IndicatorPair::target));
        TableColumn<IndicatorPair, String> change = column(messages.get("indicators.column.change"),
                p -> p.difference() == null ? "" : org.policyexplorer.indicators.IndicatorTable.signed(p.difference()), 80);
        TableColumn<IndicatorPair, IndicatorPair> chart = new TableColumn<>();
        chart.setGraphic(legend(messages));
        chart.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        chart.setCellFactory(c -> new BarsCell());
        chart.setPrefWidth(150);
        chart.setSortable(false);
        pairs.getColumns().add(column(messages.get("indicators.column.name"), IndicatorPair::name, 220));
        pairs.getColumns().add(resultColumn);
        pairs.getColumns().add(targetColumn);
        pairs.getColumns().add(change);
        pairs.getColumns().add(chart);
        pairs.getColumns().add(column(messages.get("indicators.column.where"), p -> model.where(p.target()), 260));
        pairs.setOnMouseClicked(e -> {
            IndicatorPair p = pairs.getSelectionModel().getSelectedItem();
            if (p != null && !e.isConsumed()) {
                open(p.target());
            }
        });
        pairs.setOnKeyPressed(e -> {
            if (new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN).match(e)) {
                copySelection();
            }
        });
        VBox.setVgrow(pairs, Priority.ALWAYS);

        all.setId("all-indicators");
        all.setAccessibleText(messages.get("a11y.allIndicators"));
        all.setItems(model.all());
        all.setPlaceholder(Placeholder.of(messages.get("indicators.noFigures")));
        all.getColumns().add(column(messages.get("indicators.column.kind"),
                i -> messages.get("indicators.kind." + i.kind().key()), 60));
        all.getColumns().add(column(messages.get("indicators.column.name"), Indicator::name, 220));
        all.getColumns().add(column(messages.get("indicators.column.figure"), Indicator::figure, 130));
        all.getColumns().add(column(messages.get("indicators.column.text"), Indicator::text, 320));
        all.setPrefHeight(220);
        all.setOnMouseClicked(e -> open(all.getSelectionModel().getSelectedItem()));
        TitledPane allPane = new TitledPane(messages.get("indicators.all"), all);
        allPane.setExpanded(false);

        VBox center = new VBox(mainPane, pairs, allPane);
        setTop(bar);
        setCenter(center);
        resultColumn.textProperty().bind(model.resultHeaderProperty());
        targetColumn.textProperty().bind(model.targetHeaderProperty());
    }

    public IndicatorsViewModel model() {
        return model;
    }

    public TableView<IndicatorPair> pairs() {
        return pairs;
    }

    public TableView<Indicator> mainTargets() {
        return mainTargets;
    }

    private void open(Indicator indicator) {
        if (indicator != null) {
            model.open(indicator);
            showReader.run();
        }
    }

    private void copySelection() {
        List<IndicatorPair> rows = pairs.getSelectionModel().getSelectedItems();
        ClipboardContent content = new ClipboardContent();
        content.putString(model.asTabSeparated(rows.isEmpty() ? pairs.getItems() : rows));
        Clipboard.getSystemClipboard().setContent(content);
    }

    private void chooseAndExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("indicators.export"));
        chooser.setInitialFileName(messages.get("indicators.export.fileName"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            model.exportCsv(file.toPath(), () -> { }, text -> Dialogs.warn(getScene().getWindow(), messages, text));
        }
    }

    private static <S> TableColumn<S, String> column(String title, Function<S, String> value, double width) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** A result or target figure: a click opens that figure, not the row's target. */
    private final class FigureCell extends TableCell<IndicatorPair, String> {
        FigureCell(Function<IndicatorPair, Indicator> which) {
            setOnMouseClicked(e -> {
                IndicatorPair p = getTableRow() == null ? null : getTableRow().getItem();
                if (p != null) {
                    pairs.getSelectionModel().clearAndSelect(getIndex());
                    open(which.apply(p));
                    e.consume();
                }
            });
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
        }
    }

    /** Result and target as two bars on one scale, when they measure alike. */
    private static final class BarsCell extends TableCell<IndicatorPair, IndicatorPair> {
        private static final double WIDTH = 120;

        @Override
        protected void updateItem(IndicatorPair p, boolean empty) {
            super.updateItem(p, empty);
            setText(null);
            if (empty || p == null || p.difference() == null || !p.result().unit().equals(p.target().unit())) {
                setGraphic(null);
                return;
            }
            double r = Math.abs(p.result().value());
            double t = Math.abs(p.target().value());
            double max = Math.max(r, t);
            if (max <= 0) {
                setGraphic(null);
                return;
            }
            setGraphic(new VBox(2, bar(r / max, "bar-result"), bar(t / max, "bar-target")));
        }

        private static Region bar(double share, String style) {
            Region bar = new Region();
            bar.getStyleClass().add(style);
            bar.setMinSize(Math.max(2, WIDTH * share), 6);
            bar.setMaxSize(Math.max(2, WIDTH * share), 6);
            return bar;
        }
    }

    /** The chart column's heading: which bar is the result and which the target, in the bars' own colours. */
    private static javafx.scene.Node legend(Messages messages) {
        HBox legend = new HBox(4, new Label(messages.get("indicators.column.chart.result")), swatch("bar-result"),
                new Label("/ " + messages.get("indicators.column.chart.target")), swatch("bar-target"));
        legend.setAlignment(javafx.geometry.Pos.CENTER);
        return legend;
    }

    private static javafx.scene.layout.Region swatch(String styleClass) {
        javafx.scene.layout.Region swatch = new javafx.scene.layout.Region();
        swatch.getStyleClass().add(styleClass);
        swatch.setMinSize(14, 6);
        swatch.setMaxSize(14, 6);
        return swatch;
    }

}
