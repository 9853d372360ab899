package org.policyexplorer.ui.common;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.HBox;

/** The tool bar across the top of a view (对照, 指标, 批注, 文库): one look for all of them. */
public final class ViewBar {
    private ViewBar() {
    }

    /**
     * Buttons, menus and check boxes keep their full labels (a narrow window shrinks the text fields instead,
     * never cutting a label to "…").
     */
    public static HBox of(Node... items) {
        for (Node item : items) {
            if (item instanceof javafx.scene.control.ButtonBase || item instanceof javafx.scene.control.ComboBoxBase<?>
                    || item instanceof javafx.scene.control.Label) {
                ((javafx.scene.layout.Region) item).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }
        HBox bar = new HBox(8, items);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        bar.getStyleClass().add("view-bar");
        return bar;
    }
}
