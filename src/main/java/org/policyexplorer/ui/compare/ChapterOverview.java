package org.policyexplorer.ui.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.policyexplorer.app.Messages;
import org.policyexplorer.compare.Alignment;
import org.policyexplorer.compare.ChapterLink;
import org.policyexplorer.domain.Section;

/**
 * The whole report's shape in one picture: review chapters down, plan chapters across, each cell coloured
 * by how strongly the two speak of the same things. A click opens the best pair of topics in that cell.
 */
final class ChapterOverview extends GridPane {
    private static final Color NONE = Color.web("#f6f7f9");
    private static final Color STRONG = Color.web("#b3400f");

    private final CompareViewModel model;
    private final Messages messages;

    ChapterOverview(CompareViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("chapter-overview");
        getStyleClass().add("chapter-overview");
        setHgap(3);
        setVgap(3);
        model.alignmentProperty().addListener((obs, old, a) -> show(a));
        show(model.alignmentProperty().get());
    }

    private void show(Alignment a) {
        getChildren().clear();
        if (a == null || a.chapters().isEmpty()) {
            setVisible(false);
            setManaged(false);
            return;
        }
        setVisible(true);
        setManaged(true);
        Map<Long, Integer> rows = new LinkedHashMap<>();
        Map<Long, Integer> columns = new LinkedHashMap<>();
        double max = 0;
        for (ChapterLink link : a.chapters()) {
            rows.putIfAbsent(link.review().id(), rows.size() + 1);
            columns.putIfAbsent(link.plan().id(), columns.size() + 1);
            max = Math.max(max, link.score());
        }
        Label corner = new Label(messages.get("compare.overview.corner"));
        corner.getStyleClass().add("overview-corner");
        add(corner, 0, 0);
        List<Long> seenRows = new ArrayList<>();
        List<Long> seenColumns = new ArrayList<>();
        for (ChapterLink link : a.chapters()) {
            int row = rows.get(link.review().id());
            int column = columns.get(link.plan().id());
            if (!seenRows.contains(link.review().id())) {
                seenRows.add(link.review().id());
                add(header(link.review(), true), 0, row);
            }
            if (!seenColumns.contains(link.plan().id())) {
                seenColumns.add(link.plan().id());
                add(header(link.plan(), false), column, 0);
            }
            add(cell(a, link, max), column, row);
        }
    }

    private Label header(Section chapter, boolean review) {
        Label label = new Label(chapter.number() == null ? "·" : chapter.number());
        label.getStyleClass().add(review ? "overview-row" : "overview-column");
        label.setTooltip(new Tooltip(chapter.title()));
        label.setAlignment(Pos.CENTER);
        label.setMinWidth(28);
        return label;
    }

    private Region cell(Alignment a, ChapterLink link, double max) {
        Region cell = new Region();
        cell.getStyleClass().add("overview-cell");
        double strength = max <= 0 ? 0 : link.score() / max;
        Color fill = NONE.interpolate(STRONG, strength);
        cell.setStyle("-fx-background-color: " + web(fill) + ";");
        cell.setMinSize(34, 20);
        cell.setPrefSize(40, 20);
        Tooltip.install(cell, new Tooltip(messages.get("compare.overview.cell", link.review().title(),
                link.plan().title(), String.format("%.2f", link.score()))));
        cell.setOnMouseClicked(e -> model.select(a.bestPairIn(link)));
        cell.setAccessibleText(link.review().title() + " ↔ " + link.plan().title());
        return cell;
    }

    private static String web(Color c) {
        return String.format("#%02x%02x%02x", (int) (c.getRed() * 255), (int) (c.getGreen() * 255),
                (int) (c.getBlue() * 255));
    }
}
