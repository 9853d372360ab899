package org.policyexplorer.ui.trends;

import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.policyexplorer.app.Messages;
import org.policyexplorer.trends.DistinctiveTerms;
import org.policyexplorer.trends.TermGrouping;
import org.policyexplorer.trends.TermTable;
import org.policyexplorer.ui.common.ChartImages;
import org.policyexplorer.ui.common.ExportChooser;
import org.policyexplorer.ui.common.Placeholder;
import org.policyexplorer.ui.common.ViewBar;

/**
 * 趋势: terms typed or pasted (or a saved list) counted over the reports the facets keep — a table per
 * report, year, place or level with counts and rates per 10,000 characters, where each term first appears —
 * and under it a chart (by year, a line per term or per place; across places for one year), the concordance
 * of a term, and the terms that set a report apart. A click on a count, a line or a term opens its hits.
 */
public final class TrendsView extends BorderPane {
    private final TrendsViewModel model;
    private final Messages messages;
    private final TableView<TermTable.Row> table = new TableView<>();
    private final NumberAxis lineValues = new NumberAxis();
    private final LineChart<Number, Number> lineChart = new LineChart<>(years(), lineValues);
    private final NumberAxis barValues = new NumberAxis();
    private final BarChart<String, Number> barChart = new BarChart<>(new CategoryAxis(), barValues);
    private final StackPane chartPlace = new StackPane();
    private final Node chartEmpty;
    private final ConcordancePane concordance;
    private final DistinctivePane distinctive;
    private final ExportChooser exports;

    public TrendsView(TrendsViewModel model, ConcordanceViewModel concordanceModel,
                      DistinctiveViewModel distinctiveModel, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.exports = new ExportChooser(this, messages);
        this.chartEmpty = Placeholder.of(messages.get("trends.chartEmpty"));
        setId("trends-view");

        TextArea terms = new TextArea();
        terms.setId("trends-terms");
        terms.setPromptText(messages.get("trends.termsPrompt"));
        terms.setPrefRowCount(3);
        terms.setWrapText(true);
        terms.textProperty().bindBidirectional(model.termsTextProperty());
        Button count = button("trends-count", "trends.count", model::count);
        count.setDefaultButton(false);
        ComboBox<TrendsViewModel.SavedList> lists = new ComboBox<>(model.savedLists());
        lists.setId("trends-lists");
        lists.setPromptText(messages.get("trends.savedLists"));
        lists.setOnAction(e -> model.useList(lists.getValue()));
        Button save = button("trends-save-list", "trends.saveList", this::askAndSaveList);
        ComboBox<TermGrouping> by = new ComboBox<>();
        by.setId("trends-by");
        by.getItems().setAll(TermGrouping.values());
        by.setConverter(labelled(g -> messages.get("trends.by." + g.key())));
        by.valueProperty().bindBidirectional(model.groupingProperty());
        Button exportTable = button("trends-export-table", "trends.exportTable",
                () -> exports.choose("trends.exportTable.fileName", "CSV", "*.csv", model::exportTable));
        Label problem = new Label();
        problem.getStyleClass().add("compare-problem");
        problem.textProperty().bind(model.problemProperty());
        VBox top = new VBox(4, terms, ViewBar.of(count, lists, save, new Label(messages.get("trends.byLabel")), by,
                exportTable, problem));
        setTop(top);

        table.setId("trends-table");
        table.setPlaceholder(Placeholder.of(messages.get("trends.empty")));
        SortedList<TermTable.Row> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        model.terms().addListener((ListChangeListener<String>) c -> buildColumns());
        model.groupingProperty().addListener((obs, old, now) -> buildColumns());
        buildColumns();
        ListView<String> firsts = new ListView<>(model.firsts());
        firsts.setId("trends-first");
        firsts.setPrefHeight(70);
        firsts.setPlaceholder(Placeholder.of(messages.get("trends.firstEmpty")));
        VBox tablePart = new VBox(table, firsts);
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);

        this.concordance = new ConcordancePane(concordanceModel, model, messages, exports);
        this.distinctive = new DistinctivePane(distinctiveModel, messages, exports);
        TabPane below = new TabPane(new Tab(messages.get("trends.tab.chart"), chartPane()),
                new Tab(messages.get("trends.tab.kwic"), concordance),
                new Tab(messages.get("trends.tab.distinctive"), distinctive));
        below.setId("trends-below");
        below.getTabs().forEach(t -> t.setClosable(false));
        SplitPane center = new SplitPane(tablePart, below);
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(0.5);
        setCenter(center);
    }

    private static NumberAxis years() {
        NumberAxis axis = new NumberAxis();
        axis.setForceZeroInRange(false);
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? Integer.toString(n.intValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return Integer.valueOf(s);
            }
        });
        return axis;
    }

    private Node chartPane() {
        ComboBox<TrendsViewModel.ChartKind> kind = new ComboBox<>();
        kind.setId("trends-chart-kind");
        kind.getItems().setAll(TrendsViewModel.ChartKind.values());
        kind.setConverter(labelled(k -> messages.get("trends.chart." + k.name())));
        kind.valueProperty().bindBidirectional(model.chartKindProperty());
        ComboBox<String> term = new ComboBox<>(model.terms());
        term.setId("trends-chart-term");
        term.valueProperty().bindBidirectional(model.chartTermProperty());
        ComboBox<Integer> year = new ComboBox<>(model.years());
        year.setId("trends-chart-year");
        year.valueProperty().bindBidirectional(model.chartYearProperty());
        term.disableProperty().bind(model.chartKindProperty().isEqualTo(TrendsViewModel.ChartKind.YEARS_BY_TERM));
        year.disableProperty().bind(model.chartKindProperty().isNotEqualTo(TrendsViewModel.ChartKind.PLACES_IN_YEAR));
        Button png = button("trends-export-chart", "trends.exportChart", () -> exports.choose(
                "trends.exportChart.fileName", "PNG", "*.png", (target, done, failed) -> model.exportChart(
                        ChartImages.snapshot(chartPlace), target, done, failed)));

        lineChart.setId("trends-line-chart");
        lineChart.getStyleClass().add("library-chart");
        lineChart.setAnimated(false);
        lineChart.setCreateSymbols(true);
        lineChart.setLegendSide(javafx.geometry.Side.RIGHT); // beside the lines: the pane is wider than tall
        lineChart.getXAxis().setLabel(messages.get("trends.axis.year"));
        lineValues.setLabel(messages.get("trends.axis.per10k"));
        barChart.setId("trends-bar-chart");
        barChart.getStyleClass().add("library-chart");
        barChart.setAnimated(false);
        barChart.setLegendVisible(false);
        barChart.getXAxis().setLabel(messages.get("targets.chart.place"));
        barValues.setLabel(messages.get("trends.axis.per10k"));
        model.lines().addListener((ListChangeListener<TrendsViewModel.Line>) c -> drawLines());
        model.bars().addListener((ListChangeListener<TrendsViewModel.Bar>) c -> drawBars());
        model.chartKindProperty().addListener((obs, old, now) -> showChart());
        showChart();
        BorderPane pane = new BorderPane(chartPlace);
        pane.setTop(ViewBar.of(kind, term, year, png));
        return pane;
    }

    /** The chart of the chosen kind, or a word on what to do while there is nothing to draw. */
    private void showChart() {
        boolean bars = model.chartKindProperty().get() == TrendsViewModel.ChartKind.PLACES_IN_YEAR;
        boolean empty = bars ? model.bars().isEmpty() : model.lines().isEmpty();
        chartPlace.getChildren().setAll(empty ? chartEmpty : bars ? barChart : lineChart);
    }

    private void drawLines() {
        showChart();
        lineChart.getData().clear();
        for (TrendsViewModel.Line line : model.lines()) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(line.name());
            line.perYear().forEach((year, value) -> series.getData().add(new XYChart.Data<>(year, value)));
            lineChart.getData().add(series);
        }
    }

    private void drawBars() {
        showChart();
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (TrendsViewModel.Bar bar : model.bars()) {
            series.getData().add(new XYChart.Data<>(bar.label(), bar.value()));
        }
        barChart.getData().setAll(java.util.List.of(series));
    }

    /** The facets of the grouping, characters, then per term its count (a click opens its hits) and rate. */
    private void buildColumns() {
        table.getSortOrder().clear();
        table.getColumns().clear();
        TermGrouping by = model.groupingProperty().get();
        if (by == TermGrouping.REPORT) {
            table.getColumns().add(text("trends-column-report", messages.get("trends.column.report"),
                    TermTable.Row::title, 220));
        }
        if (by == TermGrouping.REPORT || by == TermGrouping.PLACE) {
            table.getColumns().add(text("trends-column-place", messages.get("targets.column.place"),
                    model::placeOf, 110));
        }
        if (by == TermGrouping.REPORT || by == TermGrouping.YEAR) {
            table.getColumns().add(text("trends-column-year", messages.get("targets.column.year"), model::yearOf, 60));
        }
        if (by == TermGrouping.REPORT || by == TermGrouping.LEVEL) {
            table.getColumns().add(text("trends-column-level", messages.get("targets.column.level"),
                    model::levelOf, 60));
        }
        TableColumn<TermTable.Row, Number> chars = new TableColumn<>(messages.get("trends.column.chars"));
        chars.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().chars()));
        chars.setPrefWidth(80);
        table.getColumns().add(chars);
        for (String term : model.terms()) {
            TableColumn<TermTable.Row, Number> count = new TableColumn<>(messages.get("trends.column.count"));
            count.setId("trends-count-" + term);
            count.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().count(term)));
            count.setCellFactory(c -> new CountCell(term));
            count.setPrefWidth(70);
            TableColumn<TermTable.Row, Number> rate = new TableColumn<>(messages.get("trends.column.per10k"));
            rate.setId("trends-rate-" + term);
            rate.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().per10k(term)));
            rate.setCellFactory(c -> new RateCell());
            rate.setPrefWidth(80);
            TableColumn<TermTable.Row, Number> group = new TableColumn<>(term);
            group.getColumns().add(count);
            group.getColumns().add(rate);
            table.getColumns().add(group);
        }
    }

    /** A count; on a report's row a click opens the search for the term in that report. */
    private final class CountCell extends TableCell<TermTable.Row, Number> {
        CountCell(String term) {
            getStyleClass().add("trends-count");
            setOnMouseClicked(e -> {
                TableRow<TermTable.Row> row = getTableRow();
                if (!isEmpty() && row != null && row.getItem() != null) {
                    model.openSearch(row.getItem(), term);
                }
            });
        }

        @Override
        protected void updateItem(Number n, boolean empty) {
            super.updateItem(n, empty);
            setText(empty || n == null ? null : n.toString());
        }
    }

    private static final class RateCell extends TableCell<TermTable.Row, Number> {
        @Override
        protected void updateItem(Number n, boolean empty) {
            super.updateItem(n, empty);
            setText(empty || n == null ? null : String.format("%.2f", n.doubleValue()));
        }
    }

    private void askAndSaveList() {
        TextInputDialog ask = new TextInputDialog();
        ask.setTitle(messages.get("app.title"));
        ask.setHeaderText(null);
        ask.setContentText(messages.get("trends.saveListName"));
        ask.initOwner(getScene().getWindow());
        ask.showAndWait().ifPresent(model::saveList);
    }

    public TableView<TermTable.Row> table() {
        return table;
    }

    public LineChart<Number, Number> lineChart() {
        return lineChart;
    }

    public BarChart<String, Number> barChart() {
        return barChart;
    }

    public ConcordancePane concordance() {
        return concordance;
    }

    public DistinctivePane distinctive() {
        return distinctive;
    }

    public TrendsViewModel model() {
        return model;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    static <T> StringConverter<T> labelled(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
    }

    static <S> TableColumn<S, String> text(String id, String title, Function<S, String> value, double width) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setId(id);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** Sorts text read from its end: the words just before a term are its last characters. */
    static final Comparator<String> FROM_THE_END = Comparator.comparing(s -> new StringBuilder(s).reverse().toString());
}
