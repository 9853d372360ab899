package org.policyexplorer.ui.window;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.policyexplorer.app.Messages;

/**
 * The F1 sheet: every menu command that has a shortcut, read from the menus themselves so it cannot go
 * out of date, in a two-column table (keys, command), and the keys of the search field.
 */
public final class ShortcutSheet {
    /** One line of the sheet. */
    public record Shortcut(String keys, String command) {
    }

    private ShortcutSheet() {
    }

    static List<Shortcut> of(MenuBar bar) {
        List<Shortcut> out = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            collect(menu, out);
        }
        return out;
    }

    private static void collect(Menu menu, List<Shortcut> out) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, out);
            } else if (item.getAccelerator() != null) {
                out.add(new Shortcut(item.getAccelerator().getDisplayText(), withoutMnemonic(item.getText())));
            }
        }
    }

    /** Menu texts carry mnemonics: 打印(_P)… and _Print… both read as the plain words. */
    private static String withoutMnemonic(String menuText) {
        return menuText.replaceAll("\\(_.\\)|_", "");
    }

    static void show(Window owner, MenuBar bar, Messages messages) {
        TableView<Shortcut> table = new TableView<>();
        table.setId("shortcut-sheet");
        String title = withoutMnemonic(messages.get("menu.help.keys"));
        table.setAccessibleText(title);
        table.getColumns().add(column(messages.get("keys.column.keys"), Shortcut::keys, 150));
        table.getColumns().add(column(messages.get("keys.column.command"), Shortcut::command, 240));
        table.getItems().setAll(of(bar));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        // tall enough for every line on a laptop screen, so the sheet reads without scrolling
        table.setPrefHeight(Math.min(560, (table.getItems().size() + 1.5) * 24));
        Label search = new Label(messages.get("keys.search"));
        search.setWrapText(true);
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.setGraphic(null);
        alert.getDialogPane().setContent(new VBox(8, table, search));
        alert.getDialogPane().setPrefWidth(460);
        alert.show();
    }

    private static TableColumn<Shortcut, String> column(String title, java.util.function.Function<Shortcut, String> value,
                                                        double width) {
        TableColumn<Shortcut, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
