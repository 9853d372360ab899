package org.policyexplorer.ui.annotations;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import org.policyexplorer.annotate.CodeMatrix;
import org.policyexplorer.app.Messages;
import org.policyexplorer.ui.common.Placeholder;
import org.policyexplorer.ui.common.ViewBar;

/**
 * 编码 × 报告: a row per code (indented under its parent), a column per report with coded passages, the count of
 * passages in each cell; a click on a cell lists its passages below, a click on one opens it in the reader.
 */
final class CodeMatrixView extends BorderPane {
    private final CodeMatrixViewModel model;
    private final Messages messages;
    private final TableView<CodeMatrix.Row> table = new TableView<>();

    CodeMatrixView(CodeMatrixViewModel model, Messages messages, AnnotationsView.AnnotationActions actions) {
        this.model = model;
        this.messages = messages;
        setId("matrix-view");
        CheckBox rollUp = new CheckBox(messages.get("matrix.rollUp"));
        rollUp.setId("matrix-roll-up");
        rollUp.selectedProperty().bindBidirectional(model.rollUpProperty());
        Button csv = new Button(messages.get("matrix.exportCsv"));
        csv.setId("matrix-csv");
        csv.setOnAction(e -> actions.exportMatrix());
        table.setId("matrix-table");
        table.setAccessibleText(messages.get("a11y.matrixTable"));
        table.setPlaceholder(Placeholder.of(messages.get("matrix.none")));
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> selectCell());
        table.getFocusModel().focusedCellProperty().addListener((obs, old, cell) -> selectCell());
        ListView<CodeMatrixViewModel.Passage> passages = new ListView<>(model.passages());
        passages.setId("matrix-passages");
        passages.setAccessibleText(messages.get("a11y.matrixPassages"));
        passages.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(CodeMatrixViewModel.Passage p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.reportTitle() + " · " + p.annotation().exact()
                        + (p.annotation().note().isBlank() ? "" : " — " + p.annotation().note()));
            }
        });
        passages.setOnMouseClicked(e -> {
            CodeMatrixViewModel.Passage p = passages.getSelectionModel().getSelectedItem();
            if (p != null) {
                actions.openPassage(p);
            }
        });
        TitledPane below = new TitledPane(messages.get("matrix.passages"), passages);
        SplitPane split = new SplitPane(table, below);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        setTop(ViewBar.of(rollUp, csv));
        setCenter(split);
        model.matrixProperty().addListener((obs, old, m) -> draw(m));
        draw(model.matrixProperty().get());
    }

    private void draw(CodeMatrix matrix) {
        table.getColumns().clear();
        if (matrix == null) {
            table.getItems().clear();
            return;
        }
        TableColumn<CodeMatrix.Row, String> code = new TableColumn<>(messages.get("matrix.code"));
        code.setCellValueFactory(c -> new ReadOnlyStringWrapper("  ".repeat(c.getValue().depth()) + c.getValue().tag()));
        code.setPrefWidth(200);
        table.getColumns().add(code);
        for (int i = 0; i < matrix.reports().size(); i++) {
            int column = i;
            CodeMatrix.Column report = matrix.reports().get(i);
            TableColumn<CodeMatrix.Row, Integer> counts = new TableColumn<>(report.title());
            counts.setUserData(report.reportId());
            counts.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().counts().get(column)));
            counts.setPrefWidth(110);
            table.getColumns().add(counts);
        }
        TableColumn<CodeMatrix.Row, Integer> total = new TableColumn<>(messages.get("matrix.total"));
        total.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().total()));
        table.getColumns().add(total);
        table.getItems().setAll(matrix.rows());
    }

    /** The focused cell's passages: a report's column gives that report, the code and total columns all. */
    private void selectCell() {
        var cell = table.getFocusModel().getFocusedCell();
        if (cell == null || cell.getRow() < 0 || cell.getRow() >= table.getItems().size()) {
            return;
        }
        CodeMatrix.Row row = table.getItems().get(cell.getRow());
        Object report = cell.getTableColumn() == null ? null : cell.getTableColumn().getUserData();
        model.select(row.tag(), report instanceof Long id ? id : null);
    }

    TableView<CodeMatrix.Row> table() {
        return table;
    }
}
