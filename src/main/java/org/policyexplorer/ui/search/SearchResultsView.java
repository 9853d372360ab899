package org.policyexplorer.ui.search;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.StringConverter;
import org.policyexplorer.app.Messages;
import org.policyexplorer.search.SearchHit;
import org.policyexplorer.search.SearchOrder;
import org.policyexplorer.ui.common.Placeholder;

/** The list of sections with hits: where each is, how many, and the words around the first one. */
public final class SearchResultsView extends BorderPane {
    private final SearchViewModel model;
    private final ListView<SearchHit> list = new ListView<>();
    private final Label summary = new Label();
    private final Messages messages;

    public SearchResultsView(SearchViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("search-results");
        getStyleClass().add("search-results");

        ChoiceBox<SearchOrder> order = new ChoiceBox<>(FXCollections.observableArrayList(SearchOrder.values()));
        order.setId("search-order");
        order.setConverter(new StringConverter<>() {
            @Override
            public String toString(SearchOrder o) {
                return o == null ? "" : messages.get("search.order." + o.name().toLowerCase(java.util.Locale.ROOT));
            }

            @Override
            public SearchOrder fromString(String s) {
                return null;
            }
        });
        order.valueProperty().bindBidirectional(model.orderProperty());
        summary.setId("search-summary");
        summary.getStyleClass().add("search-summary");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(6, summary, spacer, order);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("search-results-header");

        list.setId("search-hits");
        list.setAccessibleText(messages.get("search.results"));
        list.setCellFactory(v -> new HitCell());
        list.setPlaceholder(Placeholder.of(messages.get("search.none")));
        list.setOnMouseClicked(e -> open(list.getSelectionModel().getSelectedItem()));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                open(list.getSelectionModel().getSelectedItem());
            }
        });
        setTop(header);
        setCenter(list);
        model.outcomeProperty().addListener((obs, old, outcome) -> show(outcome));
        show(model.outcomeProperty().get());
    }

    public ListView<SearchHit> list() {
        return list;
    }

    private void open(SearchHit hit) {
        if (hit != null) {
            model.goTo(hit);
        }
    }

    private void show(SearchOutcome outcome) {
        list.getItems().setAll(outcome.result().hits());
        summary.setText(outcome.active() ? messages.get("search.results.sections",
                outcome.result().sectionsWithHits()) : "");
    }

    /** Path above, snippet below with the hits in bold; the 【】 marks become styling. */
    private final class HitCell extends ListCell<SearchHit> {
        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            setText(null);
            if (empty || hit == null) {
                setGraphic(null);
                return;
            }
            Label path = new Label(model.outcomeProperty().get().labelOf(hit.sectionId()));
            path.getStyleClass().add("hit-path");
            path.setMinWidth(0);
            HBox.setHgrow(path, Priority.ALWAYS);
            Label count = new Label(Integer.toString(hit.count()));
            count.getStyleClass().add("hit-badge");
            count.setMinWidth(Region.USE_PREF_SIZE);
            HBox top = new HBox(6, path, count);
            top.setAlignment(Pos.CENTER_LEFT);
            TextFlow snippet = new TextFlow(snippetTexts(hit.snippet()).toArray(Text[]::new));
            snippet.getStyleClass().add("hit-snippet");
            snippet.setPrefWidth(0);
            snippet.maxWidthProperty().bind(list.widthProperty().subtract(30));
            VBox box = new VBox(2, top, snippet);
            box.setMaxWidth(Double.MAX_VALUE);
            setGraphic(box);
            setPrefWidth(0);
        }
    }

    static List<Text> snippetTexts(String snippet) {
        List<Text> texts = new java.util.ArrayList<>();
        int at = 0;
        while (at < snippet.length()) {
            int open = snippet.indexOf('【', at);
            int close = open < 0 ? -1 : snippet.indexOf('】', open);
            if (open < 0 || close < 0) {
                texts.add(new Text(snippet.substring(at)));
                break;
            }
            if (open > at) {
                texts.add(new Text(snippet.substring(at, open)));
            }
            Text hit = new Text(snippet.substring(open + 1, close));
            hit.getStyleClass().add("snippet-hit");
            texts.add(hit);
            at = close + 1;
        }
        texts.forEach(t -> t.getStyleClass().add("snippet-text"));
        return texts;
    }
}
