package org.policyexplorer.ui.annotations;


import org.policyexplorer.annotate.export.AnnotationExports;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.policyexplorer.app.Messages;
import org.policyexplorer.domain.Annotation;
import org.policyexplorer.ui.common.ViewBar;
import org.policyexplorer.ui.common.Placeholder;

/**
 * 批注: every annotation of the open report with its quote, note, tags and place, filtered by text and tag,
 * sortable, each a click from its place in the reader; edit, delete and undo; tags renamed, merged and
 * deleted; export and import; and the count of each tag per chapter.
 */
public final class AnnotationsView extends BorderPane {
    private final AnnotationsViewModel model;
    private final Messages messages;
    private final TableView<Annotation> table = new TableView<>();
    private final BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final AnnotationActions actions;

    public AnnotationsView(AnnotationsViewModel model, Messages messages, AnnotationActions actions) {
        this.model = model;
        this.messages = messages;
        this.actions = actions;
        setId("annotations-view");

        TextField filter = new TextField();
        filter.setId("annotations-filter");
        filter.setAccessibleText(messages.get("a11y.annotationsFilter"));
        filter.setPromptText(messages.get("annotations.filter"));
        filter.setPrefColumnCount(16);
        filter.textProperty().bindBidirectional(model.textFilterProperty());
        ComboBox<String> tag = new ComboBox<>();
        tag.setId("annotations-tag");
        tag.setAccessibleText(messages.get("a11y.annotationsTag"));
        tag.setPromptText(messages.get("annotations.allTags"));
        tag.getItems().add(null);
        tag.getItems().addAll(model.tags());
        model.tags().addListener((ListChangeListener<String>) c -> {
            String keep = tag.getValue();
            tag.getItems().setAll(model.tags());
            tag.getItems().add(0, null);
            tag.setValue(keep);
        });
        tag.setConverter(new StringConverter<>() {
            @Override
            public String toString(String t) {
                // indented under its parent, as the tree has it
                return t == null ? messages.get("annotations.allTags")
                        : "  ".repeat(model.codebookProperty().get().path(t).size() - 1) + t;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        tag.valueProperty().bindBidirectional(model.tagFilterProperty());
        CheckBox withChildren = new CheckBox(messages.get("annotations.withChildren"));
        withChildren.setId("annotations-with-children");
        withChildren.selectedProperty().bindBidirectional(model.withChildrenProperty());
        Button edit = new Button(messages.get("annotations.edit"));
        edit.setId("annotations-edit");
        edit.setOnAction(e -> actions.edit(table.getSelectionModel().getSelectedItem()));
        Button delete = new Button(messages.get("annotations.delete"));
        delete.setId("annotations-delete");
        delete.setOnAction(e -> {
            Annotation a = table.getSelectionModel().getSelectedItem();
            if (a != null) {
                model.delete(a);
            }
        });
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(edit.disableProperty());
        Button undo = new Button(messages.get("annotations.undo"));
        undo.setId("annotations-undo");
        undo.disableProperty().bind(model.lastDeletedProperty().isNull());
        undo.setOnAction(e -> model.undoDelete());
        MenuButton tagsMenu = new MenuButton(messages.get("annotations.tags"));
        MenuItem rename = new MenuItem(messages.get("annotations.tags.rename"));
        rename.setOnAction(e -> renameTag(tag.getValue()));
        MenuItem remove = new MenuItem(messages.get("annotations.tags.delete"));
        remove.setOnAction(e -> {
            if (tag.getValue() != null) {
                model.deleteTag(tag.getValue());
            }
        });
        MenuItem move = new MenuItem(messages.get("annotations.tags.move"));
        move.setId("tags-move");
        move.setOnAction(e -> withTag(tag.getValue(), t -> TagDialogs.parent(getScene().getWindow(), messages,
                model.codebookProperty().get(), t).ifPresent(parent -> model.moveTag(t, parent))));
        MenuItem colour = new MenuItem(messages.get("annotations.tags.color"));
        colour.setOnAction(e -> withTag(tag.getValue(), t -> TagDialogs.color(getScene().getWindow(), messages, t,
                model.codebookProperty().get().colorOf(t)).ifPresent(c -> model.colorTag(t, c))));
        MenuItem tagMemo = new MenuItem(messages.get("annotations.tags.memo"));
        tagMemo.setOnAction(e -> withTag(tag.getValue(), t -> TagDialogs.memo(getScene().getWindow(), messages,
                messages.get("annotations.tags.memo"), messages.get("annotations.tags.memoHeader", t),
                model.codebookProperty().get().find(t).map(x -> x.memo()).orElse(""))
                .ifPresent(m -> model.saveTagMemo(t, m))));
        tagsMenu.setId("annotations-tags-menu");
        tagsMenu.getItems().addAll(rename, move, colour, tagMemo, remove);
        Button reportMemo = new Button(messages.get("annotations.reportMemo"));
        reportMemo.setId("annotations-report-memo");
        reportMemo.setOnAction(e -> TagDialogs.memo(getScene().getWindow(), messages,
                messages.get("annotations.reportMemo"), messages.get("annotations.reportMemoHeader"),
                model.reportMemoProperty().get()).ifPresent(model::saveReportMemo));
        MenuButton export = new MenuButton(messages.get("annotations.export"));
        export.setId("annotations-export");
        for (AnnotationExports.Format f : AnnotationExports.Format.values()) {
            MenuItem item = new MenuItem(messages.get("annotations.export." + f.name().toLowerCase(java.util.Locale.ROOT)));
            item.setOnAction(e -> actions.export(f));
            export.getItems().add(item);
        }
        Button importButton = new Button(messages.get("annotations.import"));
        importButton.setOnAction(e -> actions.importW3c());
        HBox bar = ViewBar.of(filter, tag, withChildren, edit, delete, undo, tagsMenu, reportMemo, export,
                importButton);

        table.setId("annotations-table");
        table.setAccessibleText(messages.get("a11y.annotationsTable"));
        table.setItems(model.shown());
        table.setPlaceholder(Placeholder.of(messages.get("annotations.none")));
        table.getColumns().add(column(messages.get("annotations.column.quote"), Annotation::exact, 260));
        table.getColumns().add(column(messages.get("annotations.column.note"), Annotation::note, 220));
        table.getColumns().add(column(messages.get("annotations.column.tags"), a -> String.join(", ", a.tags()), 140));
        table.getColumns().add(column(messages.get("annotations.column.where"), model::pathOf, 220));
        table.getColumns().add(column(messages.get("annotations.column.status"),
                a -> messages.get("annotations.status." + a.status().key()), 70));
        table.setOnMouseClicked(e -> {
            Annotation a = table.getSelectionModel().getSelectedItem();
            if (a != null && e.getClickCount() == 1) {
                actions.open(a);
            }
        });

        chart.setId("tag-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setLegendSide(javafx.geometry.Side.RIGHT);
        NumberAxis counts = (NumberAxis) chart.getYAxis();
        counts.setTickUnit(1);
        counts.setMinorTickVisible(false);
        counts.setTickLabelFormatter(new NumberAxis.DefaultFormatter(counts) {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? Long.toString(n.longValue()) : "";
            }
        });
        chart.setPrefHeight(240);
        CheckBox rollUp = new CheckBox(messages.get("annotations.chart.rollUp"));
        rollUp.setId("chart-roll-up");
        rollUp.selectedProperty().bindBidirectional(model.chartRollUpProperty());
        rollUp.selectedProperty().addListener((obs, old, now) -> refreshChart());
        TitledPane chartPane = new TitledPane(messages.get("annotations.chart"), new BorderPane(chart, rollUp, null,
                null, null));
        chartPane.setExpanded(true);
        SplitPane split = new SplitPane(table, chartPane);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        BorderPane list = new BorderPane(split, bar, null, null, null);
        matrixView = new CodeMatrixView(model.matrix(), messages, actions);
        Tab listTab = new Tab(messages.get("annotations.tab.list"), list);
        Tab matrixTab = new Tab(messages.get("annotations.tab.matrix"), matrixView);
        matrixTab.setId("annotations-matrix-tab");
        // counted when shown: the whole library's annotations are read for it
        matrixTab.setOnSelectionChanged(e -> {
            if (matrixTab.isSelected()) {
                model.matrix().reload();
            }
        });
        TabPane tabs = new TabPane(listTab, matrixTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setAccessibleText(messages.get("a11y.annotationsViews"));
        setCenter(tabs);
        model.all().addListener((ListChangeListener<Annotation>) c -> refreshChart());
        model.codebookProperty().addListener((obs, old, book) -> refreshChart());
        refreshChart();
    }

    public TableView<Annotation> table() {
        return table;
    }

    private CodeMatrixView matrixView;

    /** The code × report matrix table (for tests that click it). */
    public TableView<org.policyexplorer.annotate.CodeMatrix.Row> matrixTable() {
        return matrixView.table();
    }

    private static void withTag(String tag, java.util.function.Consumer<String> action) {
        if (tag != null) {
            action.accept(tag);
        }
    }

    private void refreshChart() {
        chart.getData().clear();
        // chapters along the axis in the order of the report, as the annotations come
        java.util.List<String> chapters = model.chaptersInOrder().stream().map(AnnotationsView::shorten).toList();
        ((CategoryAxis) chart.getXAxis()).setCategories(javafx.collections.FXCollections.observableArrayList(chapters));
        for (Map.Entry<String, Map<String, Integer>> tag : model.tagsByChapter().entrySet()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(tag.getKey());
            tag.getValue().forEach((chapter, n) -> series.getData().add(new XYChart.Data<>(shorten(chapter), n)));
            chart.getData().add(series);
        }
    }

    private static String shorten(String chapter) {
        return chapter.length() <= 12 ? chapter : chapter.substring(0, 12) + "…";
    }

    private void renameTag(String from) {
        if (from == null) {
            return;
        }
        TextInputDialog dialog = new TextInputDialog(from);
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle(messages.get("annotations.tags.rename"));
        dialog.setHeaderText(messages.get("annotations.tags.renameHeader", from));
        dialog.showAndWait().ifPresent(to -> model.renameTag(from, to));
    }

    private static <S> TableColumn<S, String> column(String title, Function<S, String> value, double width) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** What the view asks of the window: dialogs and navigation. */
    public interface AnnotationActions {
        void open(Annotation annotation);

        void edit(Annotation annotation);

        void export(AnnotationExports.Format format);

        /** Imports a W3C file or a REFI-QDA project. */
        void importW3c();

        /** Opens a passage of the code × report matrix, in its report. */
        void openPassage(CodeMatrixViewModel.Passage passage);

        /** Asks where to save the matrix as CSV, and saves it. */
        void exportMatrix();
    }

    static FileChooser.ExtensionFilter filterOf(AnnotationExports.Format format) {
        return switch (format) {
            case CSV -> new FileChooser.ExtensionFilter("CSV", "*.csv");
            case MD -> new FileChooser.ExtensionFilter("Markdown", "*.md");
            case W3C -> new FileChooser.ExtensionFilter("JSON-LD", "*.jsonld", "*.json");
            case QDPX -> new FileChooser.ExtensionFilter("REFI-QDA", "*.qdpx");
        };
    }

}
