package org.policyexplorer.ui.trends;

import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import org.policyexplorer.app.Messages;
import org.policyexplorer.ui.common.ExportChooser;
import org.policyexplorer.ui.common.Placeholder;
import org.policyexplorer.ui.common.ViewBar;

/**
 * The concordance of a term: left context, term, right context, aligned on the term; sortable by place,
 * year, and the words before (read from the term outwards) or after; a double click opens the line's report.
 */
public final class ConcordancePane extends BorderPane {
    private final TableView<ConcordanceViewModel.Line> table = new TableView<>();

    ConcordancePane(ConcordanceViewModel model, TrendsViewModel trends, Messages messages, ExportChooser exports) {
        setId("trends-kwic");
        ComboBox<String> term = new ComboBox<>(trends.terms());
        term.setId("trends-kwic-term");
        term.setEditable(true);
        term.setPromptText(messages.get("trends.kwic.prompt"));
        term.valueProperty().addListener((obs, old, now) -> model.termProperty().set(now == null ? "" : now));
        Label summary = new Label();
        summary.textProperty().bind(model.summaryProperty());
        Button export = new Button(messages.get("trends.kwic.export"));
        export.setId("trends-kwic-export");
        export.setOnAction(e -> exports.choose("trends.kwic.fileName", "CSV", "*.csv", model::export));
        setTop(ViewBar.of(term, export, summary));

        table.setPlaceholder(Placeholder.of(messages.get("trends.kwic.empty")));
        table.setId("trends-kwic-table");
        SortedList<ConcordanceViewModel.Line> sorted = new SortedList<>(model.lines());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getColumns().add(TrendsView.text("kwic-place", messages.get("targets.column.place"),
                l -> model.labels().place(l.report()), 90));
        table.getColumns().add(TrendsView.text("kwic-year", messages.get("targets.column.year"),
                l -> model.labels().year(l.report()), 55));
        TableColumn<ConcordanceViewModel.Line, String> left = TrendsView.text("kwic-left",
                messages.get("trends.kwic.left"), l -> l.line().left(), 300);
        left.setComparator(TrendsView.FROM_THE_END);
        left.setCellFactory(c -> aligned(Pos.CENTER_RIGHT, null));
        TableColumn<ConcordanceViewModel.Line, String> match = TrendsView.text("kwic-term",
                messages.get("trends.kwic.term"), l -> l.line().match(), 90);
        match.setCellFactory(c -> aligned(Pos.CENTER, "kwic-match"));
        TableColumn<ConcordanceViewModel.Line, String> right = TrendsView.text("kwic-right",
                messages.get("trends.kwic.right"), l -> l.line().right(), 300);
        table.getColumns().add(left);
        table.getColumns().add(match);
        table.getColumns().add(right);
        table.setRowFactory(t -> {
            TableRow<ConcordanceViewModel.Line> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    model.open(row.getItem());
                }
            });
            return row;
        });
        setCenter(table);
    }

    private static TableCell<ConcordanceViewModel.Line, String> aligned(Pos pos, String style) {
        TableCell<ConcordanceViewModel.Line, String> cell = new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
            }
        };
        cell.setAlignment(pos);
        if (pos == Pos.CENTER_RIGHT) {
            cell.setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS); // keep the words by the term
        }
        if (style != null) {
            cell.getStyleClass().add(style);
        }
        return cell;
    }

    public TableView<ConcordanceViewModel.Line> table() {
        return table;
    }
}
