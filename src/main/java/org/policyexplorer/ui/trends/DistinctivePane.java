package org.policyexplorer.ui.trends;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import org.policyexplorer.app.Messages;
import org.policyexplorer.trends.DistinctiveTerms;
import org.policyexplorer.ui.common.ExportChooser;
import org.policyexplorer.ui.common.Placeholder;
import org.policyexplorer.ui.common.ViewBar;

/** The terms that set the open report, or the filtered reports, apart; a double click opens a term's hits. */
public final class DistinctivePane extends BorderPane {
    private final TableView<DistinctiveTerms.Term> table = new TableView<>();

    DistinctivePane(DistinctiveViewModel model, Messages messages, ExportChooser exports) {
        setId("trends-distinctive");
        Button ofReport = new Button(messages.get("trends.distinctive.openReport"));
        ofReport.setId("distinctive-of-report");
        ofReport.setOnAction(e -> model.ofOpenReport());
        Button ofFiltered = new Button(messages.get("trends.distinctive.filtered"));
        ofFiltered.setId("distinctive-of-filtered");
        ofFiltered.setOnAction(e -> model.ofFiltered());
        Button export = new Button(messages.get("trends.distinctive.export"));
        export.setId("distinctive-export");
        export.setOnAction(e -> exports.choose("trends.distinctive.fileName", "CSV", "*.csv", model::export));
        Label summary = new Label();
        summary.textProperty().bind(model.summaryProperty());
        setTop(ViewBar.of(ofReport, ofFiltered, export, summary));

        table.setId("distinctive-table");
        table.setPlaceholder(Placeholder.of(messages.get("trends.distinctive.empty")));
        SortedList<DistinctiveTerms.Term> sorted = new SortedList<>(model.terms());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        TableColumn<DistinctiveTerms.Term, String> term = new TableColumn<>(messages.get("trends.distinctive.term"));
        term.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().term()));
        term.setPrefWidth(200);
        table.getColumns().add(term);
        table.getColumns().add(number(messages.get("trends.distinctive.count"), t -> t.count(), 70));
        table.getColumns().add(number(messages.get("trends.distinctive.rest"), t -> t.rest(), 80));
        table.getColumns().add(number(messages.get("trends.distinctive.per10k"), t -> DistinctiveViewModel.round(t.per10k()), 90));
        table.getColumns().add(number(messages.get("trends.distinctive.restPer10k"),
                t -> DistinctiveViewModel.round(t.restPer10k()), 110));
        table.getColumns().add(number("G²", t -> DistinctiveViewModel.round(t.g2()), 80));
        table.setRowFactory(t -> {
            TableRow<DistinctiveTerms.Term> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    model.open(row.getItem());
                }
            });
            return row;
        });
        setCenter(table);
    }

    private static TableColumn<DistinctiveTerms.Term, Number> number(String title,
            java.util.function.Function<DistinctiveTerms.Term, Number> value, double width) {
        TableColumn<DistinctiveTerms.Term, Number> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    public TableView<DistinctiveTerms.Term> table() {
        return table;
    }
}
