package org.policyexplorer.ui.targets;

import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Orientation;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import org.policyexplorer.app.Messages;
import org.policyexplorer.domain.Indicator;
import org.policyexplorer.indicators.TargetOutcome;
import org.policyexplorer.indicators.TargetsTable;
import org.policyexplorer.ui.common.ChartImages;
import org.policyexplorer.ui.common.ExportChooser;
import org.policyexplorer.ui.common.Placeholder;
import org.policyexplorer.ui.common.ViewBar;

/**
 * 目标: every report's main targets in one table (a row per report, a column per indicator, sorted by the
 * target's number), a bar chart of one indicator across places, and last year's targets beside what the next
 * reports say. Each table exports to CSV, the chart to PNG.
 */
public final class TargetsView extends BorderPane {
    /** Nulls (a report that names no such target, or names it without a number) after every number. */
    static final Comparator<Indicator> BY_VALUE = Comparator.nullsLast(
            Comparator.comparing(Indicator::value, Comparator.nullsLast(Comparator.naturalOrder())));

    private final TargetsViewModel model;
    private final Messages messages;
    private final TableView<TargetsTable.Row> table = new TableView<>();
    private final TableView<TargetOutcome> outcomes = new TableView<>();
    private final NumberAxis valueAxis = new NumberAxis();
    private final BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), valueAxis);
    private final ExportChooser exports;

    public TargetsView(TargetsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.exports = new ExportChooser(this, messages);
        setId("targets-view");

        ComboBox<String> indicator = new ComboBox<>(model.indicators());
        indicator.setId("targets-chart-indicator");
        indicator.setAccessibleText(messages.get("targets.chartIndicator"));
        indicator.valueProperty().bindBidirectional(model.chartIndicatorProperty());
        Button exportTable = button("targets-export-table", "targets.exportTable",
                () -> chooseCsv("targets.exportTable.fileName", model::exportTable));
        Button exportOutcomes = button("targets-export-outcomes", "targets.exportOutcomes",
                () -> chooseCsv("targets.exportOutcomes.fileName", model::exportOutcomes));
        Button exportChart = button("targets-export-chart", "targets.exportChart", this::chooseAndExportChart);
        Label problem = new Label();
        problem.getStyleClass().add("compare-problem");
        problem.textProperty().bind(model.problemProperty());
        setTop(ViewBar.of(new Label(messages.get("targets.chartIndicator")), indicator, exportTable, exportOutcomes,
                exportChart, problem));

        table.setId("targets-table");
        table.setAccessibleText(messages.get("a11y.targetsTable"));
        table.setPlaceholder(Placeholder.of(messages.get("targets.empty")));
        SortedList<TargetsTable.Row> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        model.indicators().addListener((ListChangeListener<String>) c -> buildColumns());
        buildColumns();

        chart.setId("targets-chart");
        chart.getStyleClass().add("library-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.getXAxis().setLabel(messages.get("targets.chart.place"));
        model.bars().addListener((ListChangeListener<TargetsViewModel.Bar>) c -> drawBars());

        outcomes.setId("targets-outcomes");
        outcomes.setAccessibleText(messages.get("a11y.targetsOutcomes"));
        outcomes.setPlaceholder(Placeholder.of(messages.get("targets.noOutcomes")));
        outcomes.setItems(model.outcomes());
        outcomes.getColumns().add(text(messages.get("targets.column.place"), o -> model.labels().place(o.plan()), 120));
        outcomes.getColumns().add(text(messages.get("targets.column.planYear"), o -> model.labels().year(o.plan()), 70));
        outcomes.getColumns().add(text(messages.get("targets.column.indicator"), TargetOutcome::indicator, 200));
        outcomes.getColumns().add(text(messages.get("library.column.target"), o -> o.tracked().target().figure(), 150));
        outcomes.getColumns().add(text(messages.get("library.column.result"), model::resultText, 150));
        outcomes.getColumns().add(text(messages.get("library.column.status"), model::status, 80));

        SplitPane center = new SplitPane(table, chart, outcomes);
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(0.36, 0.74);
        setCenter(center);
    }

    public TableView<TargetsTable.Row> table() {
        return table;
    }

    public BarChart<String, Number> chart() {
        return chart;
    }

    public TableView<TargetOutcome> outcomes() {
        return outcomes;
    }

    public TargetsViewModel model() {
        return model;
    }

    /** Place, year, level, then one column per indicator, sorted by the target's number. */
    private void buildColumns() {
        table.getSortOrder().clear();
        table.getColumns().clear();
        table.getColumns().add(text(messages.get("targets.column.place"), r -> model.labels().place(r.report()), 120));
        table.getColumns().add(text(messages.get("targets.column.year"), r -> model.labels().year(r.report()), 60));
        table.getColumns().add(text(messages.get("targets.column.level"), r -> model.labels().level(r.report()), 60));
        for (String name : model.indicators()) {
            TableColumn<TargetsTable.Row, Indicator> column = new TableColumn<>(name);
            column.setId("targets-column-" + name);
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().target(name)));
            column.setComparator(BY_VALUE);
            column.setCellFactory(c -> new TargetCell());
            column.setPrefWidth(130);
            table.getColumns().add(column);
        }
    }

    private void drawBars() {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (TargetsViewModel.Bar bar : model.bars()) {
            series.getData().add(new XYChart.Data<>(bar.label(), bar.value()));
        }
        String unit = model.chartUnit();
        String name = model.chartIndicatorProperty().get() == null ? "" : model.chartIndicatorProperty().get();
        // the indicator's name is too long for the upright axis of a low chart: it is the title, the unit the axis
        chart.setTitle(unit.isEmpty() ? messages.get("targets.chart.value", name)
                : messages.get("targets.chart.valueIn", name, unit));
        valueAxis.setLabel(unit);
        chart.getData().setAll(java.util.List.of(series));
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void chooseCsv(String fileNameKey, ExportChooser.Export export) {
        exports.choose(fileNameKey, "CSV", "*.csv", export);
    }

    private void chooseAndExportChart() {
        exports.choose("targets.exportChart.fileName", "PNG", "*.png",
                (target, done, failed) -> model.exportChart(ChartImages.snapshot(chart), target, done, failed));
    }

    private static <S> TableColumn<S, String> text(String title, Function<S, String> value, double width) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** A target as a reader writes it (增长5%左右); the whole clause where it names no number. */
    private static final class TargetCell extends TableCell<TargetsTable.Row, Indicator> {
        @Override
        protected void updateItem(Indicator target, boolean empty) {
            super.updateItem(target, empty);
            setText(empty || target == null ? null : target.figure());
        }
    }
}
