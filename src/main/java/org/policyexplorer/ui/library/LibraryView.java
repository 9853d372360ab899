package org.policyexplorer.ui.library;

import org.policyexplorer.library.PlanReviewPairs;
import org.policyexplorer.library.LibraryService;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.policyexplorer.app.Messages;
import org.policyexplorer.app.SectionLabels;
import org.policyexplorer.domain.OutlinePart;
import org.policyexplorer.domain.PartRole;
import org.policyexplorer.domain.Report;
import org.policyexplorer.domain.ReportLevel;
import org.policyexplorer.domain.Section;
import org.policyexplorer.domain.SourceFormat;
import org.policyexplorer.domain.SectionKind;
import org.policyexplorer.indicators.TargetTracker;
import org.policyexplorer.ui.common.Placeholder;
import org.policyexplorer.ui.common.ViewBar;
import org.policyexplorer.ui.outline.PartCorrectionDialog;

/**
 * 文库: every report with its place, year, size, sections and annotations; open, correct, delete and undo,
 * import; and, for a place with consecutive years, whether last year's plan was met.
 */
public final class LibraryView extends BorderPane {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());
    private final LibraryViewModel model;
    private final Messages messages;
    private final TableView<LibraryService.Entry> table = new TableView<>();
    private final TableView<TargetTracker.Tracked> tracking = new TableView<>();

    public LibraryView(LibraryViewModel model, Messages messages, Runnable chooseFiles,
                       java.util.function.Consumer<PlanReviewPairs.Pair> compareTopics) {
        this.model = model;
        this.messages = messages;
        setId("library-view");

        Button open = new Button(messages.get("library.open"));
        open.setId("library-open");
        open.setOnAction(e -> selected(model::open));
        Button correct = new Button(messages.get("library.correct"));
        correct.setId("library-correct");
        correct.setOnAction(e -> selected(this::correct));
        Button structure = new Button(messages.get("library.structure"));
        structure.setId("library-structure");
        structure.setOnAction(e -> selected(r -> model.loadParts(r, parts -> correctParts(r, parts))));
        Button delete = new Button(messages.get("library.delete"));
        delete.setId("library-delete");
        delete.setOnAction(e -> selected(this::confirmDelete));
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        correct.disableProperty().bind(open.disableProperty());
        structure.disableProperty().bind(open.disableProperty());
        delete.disableProperty().bind(open.disableProperty());
        Button undo = new Button(messages.get("library.undo"));
        undo.setId("library-undo");
        undo.disableProperty().bind(model.lastDeletedProperty().isNull());
        undo.setOnAction(e -> model.undoDelete());
        Button add = new Button(messages.get("library.import"));
        add.setId("library-import");
        add.setOnAction(e -> chooseFiles.run());
        Label hint = new Label(messages.get("library.dropHint"));
        hint.getStyleClass().add("library-hint");
        HBox bar = ViewBar.of(open, correct, structure, delete, undo, add, hint);

        table.setId("library-table");
        table.setAccessibleText(messages.get("a11y.libraryTable"));
        table.setItems(model.rows());
        table.getColumns().add(column(messages.get("library.column.place"), r -> r.report().place(), 110));
        table.getColumns().add(column(messages.get("library.column.year"), r -> r.report().year(), 60));
        table.getColumns().add(column(messages.get("library.column.level"),
                r -> r.report().level() == null ? "" : messages.get("level." + r.report().level().key()), 60));
        table.getColumns().add(column(messages.get("library.column.title"), r -> r.report().title(), 240));
        TableColumn<LibraryService.Entry, String> format = column(messages.get("library.column.format"),
                r -> messages.get("format." + SourceFormat.of(r.report().sourceEncoding()).key()), 150);
        format.setId("library-column-format");
        table.getColumns().add(format);
        table.getColumns().add(column(messages.get("library.column.size"), r -> r.report().length(), 70));
        table.getColumns().add(column(messages.get("library.column.sections"), LibraryService.Entry::sections, 70));
        table.getColumns().add(column(messages.get("library.column.annotations"), LibraryService.Entry::annotations, 70));
        table.getColumns().add(column(messages.get("library.column.imported"),
                r -> WHEN.format(r.report().importedAt()), 130));
        TableColumn<LibraryService.Entry, String> outline = column(messages.get("library.column.outline"),
                r -> r.report().outlineUnsure() ? messages.get("library.outlineUnsure") : "", 70);
        outline.getStyleClass().add("library-outline-unsure");
        table.getColumns().add(outline);
        table.setPlaceholder(Placeholder.of(messages.get("library.empty")));
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                selected(model::open);
            }
        });

        ListView<PlanReviewPairs.Pair> pairs = new ListView<>(model.trackablePairs());
        pairs.setId("library-pairs");
        pairs.setAccessibleText(messages.get("a11y.libraryPairs"));
        pairs.setPlaceholder(Placeholder.of(messages.get("library.noPairs")));
        pairs.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(PlanReviewPairs.Pair p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : messages.get("library.pair", p.plan().place(),
                        Integer.toString(p.plan().year()), Integer.toString(p.review().year())));
            }
        });
        pairs.getSelectionModel().selectedItemProperty().addListener((obs, old, p) -> {
            if (p != null) {
                model.track(p, list -> tracking.getItems().setAll(list));
            }
        });
        pairs.setPrefWidth(300);
        tracking.setId("library-tracking");
        tracking.setAccessibleText(messages.get("a11y.libraryTracking"));
        tracking.setPlaceholder(Placeholder.of(messages.get("library.pickPair")));
        tracking.getColumns().add(column(messages.get("indicators.column.name"), TargetTracker.Tracked::name, 200));
        tracking.getColumns().add(column(messages.get("library.column.target"), t -> t.target().figure(), 150));
        tracking.getColumns().add(column(messages.get("library.column.result"),
                t -> t.result() == null ? "—" : t.result().figure(), 150));
        TableColumn<TargetTracker.Tracked, String> status = column(messages.get("library.column.status"),
                t -> messages.get("library.status." + t.status().key()), 80);
        status.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                getStyleClass().removeAll("status-met", "status-not-met", "status-not-reported");
                setText(empty ? null : text);
                TargetTracker.Tracked row = getTableRow() == null ? null : getTableRow().getItem();
                if (!empty && row != null) {
                    getStyleClass().add("status-" + row.status().key());
                }
            }
        });
        tracking.getColumns().add(status);
        Button topics = new Button(messages.get("library.compareTopics"));
        topics.setId("library-compare-topics");
        topics.disableProperty().bind(pairs.getSelectionModel().selectedItemProperty().isNull());
        topics.setOnAction(e -> compareTopics.accept(pairs.getSelectionModel().getSelectedItem()));
        HBox trackingBar = new HBox(8, new Label(messages.get("library.trackTitle")), topics);
        trackingBar.setAlignment(Pos.CENTER_LEFT);
        VBox trackingBox = new VBox(4, trackingBar, tracking);
        SplitPane lower = new SplitPane(pairs, trackingBox);
        lower.setDividerPositions(0.3);
        SplitPane split = new SplitPane(table, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        setTop(new VBox(4, bar, new FacetBar(model, messages).node()));
        setCenter(split);
    }

    public TableView<LibraryService.Entry> table() {
        return table;
    }

    public TableView<TargetTracker.Tracked> tracking() {
        return tracking;
    }

    private void selected(java.util.function.Consumer<Report> action) {
        LibraryService.Entry row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            action.accept(row.report());
        }
    }

    private void confirmDelete(Report report) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.get("library.confirmDelete", report.title()),
                ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(getScene().getWindow());
        alert.setHeaderText(null);
        alert.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> model.delete(report));
    }

    private void correct(Report report) {
        TextField title = new TextField(report.title());
        TextField place = new TextField(report.place() == null ? "" : report.place());
        TextField year = new TextField(report.year() == null ? "" : report.year().toString());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("library.column.title")), title);
        grid.addRow(1, new Label(messages.get("library.column.place")), place);
        grid.addRow(2, new Label(messages.get("library.column.year")), year);
        ChoiceBox<ReportLevel> level = new ChoiceBox<>();
        level.getItems().add(null);
        level.getItems().addAll(ReportLevel.values());
        level.setConverter(new StringConverter<>() {
            @Override
            public String toString(ReportLevel l) {
                return l == null ? "—" : messages.get("level." + l.key());
            }

            @Override
            public ReportLevel fromString(String s) {
                return null;
            }
        });
        level.setValue(report.level());
        level.setId("library-level");
        grid.addRow(3, new Label(messages.get("library.column.level")), level);
        title.setPrefColumnCount(24);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle(messages.get("library.correct"));
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            Integer y;
            try {
                y = year.getText().isBlank() ? null : Integer.valueOf(year.getText().strip());
            } catch (NumberFormatException e) {
                y = report.year();
            }
            model.correct(report, title.getText().isBlank() ? report.title() : title.getText().strip(),
                    place.getText(), y, level.getValue());
        });
    }

    /** A part as the outline names it: "一、2025年工作回顾", "（一）关于经济形势", "附件1 …", or the body. */
    private String partLabel(OutlinePart part) {
        Section section = new Section(part.sectionId(),
                SectionKind.PART, part.role(), part.year(), part.number(), part.title(),
                part.start(), part.start(), part.start(), List.of());
        return new SectionLabels(messages).label(section, "");
    }

    /** Each part with its role and year, editable; what the user changes is stored as corrections. */
    private void correctParts(Report report, List<OutlinePart> parts) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        List<Runnable> collect = new ArrayList<>();
        List<OutlinePart> changed = new ArrayList<>();
        int row = 0;
        for (OutlinePart part : parts) {
            if (part.role() == PartRole.PREAMBLE) {
                continue;
            }
            Label title = new Label(partLabel(part));
            title.setMaxWidth(360);
            var role = PartCorrectionDialog.roleChoice(messages, part.role());
            TextField year = new TextField(part.year() == null ? "" : part.year().toString());
            year.setPrefColumnCount(5);
            year.setPromptText(messages.get("outline.yearPrompt"));
            year.setAccessibleText(messages.get("outline.year"));
            Label unsure = new Label(!part.corrected() && part.confidence()
                    < OutlinePart.UNSURE_BELOW ? messages.get("outline.unsure") : "");
            unsure.getStyleClass().add("library-outline-unsure");
            grid.addRow(row++, title, role, year, unsure);
            collect.add(() -> {
                boolean[] valid = {true};
                Integer y = PartCorrectionDialog.parseYear(year.getText(), valid)
                        .orElse(null);
                if (!valid[0]) {
                    y = part.year();
                }
                if (role.getValue() != part.role() || !Objects.equals(y, part.year())) {
                    changed.add(new OutlinePart(part.sectionId(), part.number(),
                            part.title(), role.getValue(), y, part.start(), part.confidence(), true));
                }
            });
        }
        Label hint = new Label(messages.get("outline.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(560);
        hint.getStyleClass().add("dialog-hint");
        grid.add(hint, 0, row, 4, 1);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle(messages.get("library.structureTitle", report.title()));
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            collect.forEach(Runnable::run);
            model.correctParts(report, changed);
        });
    }

    private static <S, T> TableColumn<S, T> column(String title, Function<S, T> value, double width) {
        TableColumn<S, T> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
