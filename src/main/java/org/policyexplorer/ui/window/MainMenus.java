package org.policyexplorer.ui.window;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.policyexplorer.annotate.export.AnnotationExports;
import org.policyexplorer.app.Messages;
import org.policyexplorer.ui.annotations.AnnotationController;
import org.policyexplorer.ui.annotations.AnnotationsViewModel;
import org.policyexplorer.ui.common.ReadingSettings;
import org.policyexplorer.ui.library.LibraryViewModel;
import org.policyexplorer.ui.outline.OutlineView;
import org.policyexplorer.ui.search.SearchBar;
import org.policyexplorer.ui.search.SearchViewModel;

/**
 * The menu bar and the reader's context menu, built from tables of actions: each row names its label (a
 * message key), its shortcut and what it does. The F1 sheet reads the shortcuts from the built menus.
 */
final class MainMenus {
    /** What the window itself does when a menu asks (the rest the menus reach through the view-models). */
    interface WindowCommands {
        void chooseAndImport();

        void chooseReport();

        void print();

        void quit();

        void copyWithCitation();

        void showShortcuts();

        void showAbout();
    }

    /** One row of a menu table: a message key, an accelerator (or null), the action, and an id for tests. */
    private record Action(String key, String accelerator, Runnable run, String id, ObservableBooleanValue disabled) {
        static Action of(String key, String accelerator, Runnable run) {
            return new Action(key, accelerator, run, null, null);
        }

        Action withId(String newId) {
            return new Action(key, accelerator, run, newId, disabled);
        }

        Action disabledWhen(ObservableBooleanValue condition) {
            return new Action(key, accelerator, run, id, condition);
        }
    }

    /** A separator in a menu table. */
    private static final Object SEPARATOR = new Object();

    private final Messages messages;

    MainMenus(Messages messages) {
        this.messages = messages;
    }

    MenuBar bar(WindowCommands window, SearchBar searchBar, SearchViewModel search,
                AnnotationsViewModel annotations, AnnotationController annotating, ReadingSettings reading,
                OutlineView outline, ViewTabs views, LibraryViewModel library) {
        Menu exports = new Menu(messages.get("annotations.export"));
        for (AnnotationExports.Format f : AnnotationExports.Format.values()) {
            exports.getItems().add(item(Action.of("annotations.export." + f.name().toLowerCase(Locale.ROOT), null,
                    () -> annotating.export(f))));
        }
        Menu file = menu("menu.file", List.of(
                Action.of("menu.file.import", "Shortcut+O", window::chooseAndImport).withId("menu-import"),
                Action.of("menu.file.open", "Shortcut+R", window::chooseReport),
                // the samples land in the library: it comes to the front to show them arrive
                Action.of("menu.file.importSamples", null, () -> {
                    library.importSamples();
                    views.showLibrary();
                }).withId("menu-import-samples").disabledWhen(library.importingProperty().isNotNull()),
                SEPARATOR,
                exports,
                Action.of("annotations.import", null, annotating::importW3c),
                SEPARATOR,
                Action.of("menu.file.print", "Shortcut+P", window::print).withId("menu-print"),
                SEPARATOR,
                Action.of("menu.file.quit", "Shortcut+Q", window::quit)));

        Menu edit = menu("menu.edit", List.of(
                Action.of("menu.edit.find", "Shortcut+F", searchBar::focusField),
                Action.of("menu.edit.next", "F3", search::next),
                Action.of("menu.edit.previous", "Shift+F3", search::previous),
                Action.of("menu.edit.clear", null, search::clear),
                SEPARATOR,
                Action.of("menu.edit.annotate", "Shortcut+M", annotating::annotateSelection),
                Action.of("menu.edit.undoDelete", "Shortcut+Z", annotations::undoDelete)
                        .disabledWhen(annotations.lastDeletedProperty().isNull())));

        Menu tabs = new Menu(messages.get("menu.view.tabs"));
        for (int i = 0; i < ViewTabs.IDS.length; i++) {
            int index = i;
            tabs.getItems().add(item(Action.of("menu.view." + ViewTabs.IDS[i], "Shortcut+DIGIT" + (i + 1),
                    () -> views.select(index))));
        }
        Menu view = menu("menu.view", List.of(
                Action.of("menu.view.zoomIn", "Shortcut+EQUALS", reading::zoomIn),
                Action.of("menu.view.zoomOut", "Shortcut+MINUS", reading::zoomOut),
                Action.of("menu.view.zoomReset", "Shortcut+DIGIT0", reading::resetZoom),
                SEPARATOR,
                choices("menu.view.typeface", ReadingSettings.Typeface.values(), reading.typefaceProperty()),
                choices("menu.view.spacing", ReadingSettings.Spacing.values(), reading.spacingProperty()),
                choices("menu.view.theme", ReadingSettings.Theme.values(), reading.themeProperty()),
                SEPARATOR,
                tabs,
                Action.of("menu.view.expandAll", "Shortcut+Shift+E", () -> outline.expandAll(true)),
                Action.of("menu.view.collapseAll", "Shortcut+Shift+C", () -> outline.expandAll(false))));

        Menu help = menu("menu.help", List.of(
                Action.of("menu.help.keys", "F1", window::showShortcuts),
                Action.of("menu.help.about", null, window::showAbout)));

        MenuBar bar = new MenuBar(file, edit, view, help);
        bar.setId("menu-bar");
        return bar;
    }

    /** The reader's right-click menu: annotate the selection, or copy it with where it is from. */
    ContextMenu readerMenu(WindowCommands window, AnnotationController annotating) {
        return new ContextMenu(
                item(Action.of("menu.edit.annotate", "Shortcut+M", annotating::annotateSelection).withId("menu-annotate")),
                item(Action.of("menu.edit.copy", null, window::copyWithCitation)));
    }

    private Menu menu(String key, List<Object> rows) {
        Menu menu = new Menu(messages.get(key));
        for (Object row : rows) {
            if (row == SEPARATOR) {
                menu.getItems().add(new SeparatorMenuItem());
            } else if (row instanceof Action action) {
                menu.getItems().add(item(action));
            } else {
                menu.getItems().add((MenuItem) row);
            }
        }
        return menu;
    }

    private MenuItem item(Action action) {
        MenuItem item = new MenuItem(messages.get(action.key()));
        if (action.accelerator() != null) {
            item.setAccelerator(accelerator(action.accelerator()));
        }
        if (action.id() != null) {
            item.setId(action.id());
        }
        if (action.disabled() != null) {
            item.disableProperty().bind(action.disabled());
        }
        item.setOnAction(e -> action.run().run());
        return item;
    }

    /** A menu of radio items, one per value, bound to a setting. */
    private <E extends Enum<E>> Menu choices(String key, E[] values, ObjectProperty<E> setting) {
        Menu menu = new Menu(messages.get(key));
        ToggleGroup group = new ToggleGroup();
        for (E value : values) {
            RadioMenuItem item = new RadioMenuItem(messages.get(key + "." + value.name().toLowerCase(Locale.ROOT)));
            item.setToggleGroup(group);
            item.setSelected(setting.get() == value);
            item.setOnAction(e -> setting.set(value));
            setting.addListener((obs, old, now) -> item.setSelected(now == value));
            menu.getItems().add(item);
        }
        return menu;
    }

    /**
     * "Shortcut+DIGIT1" or "Shortcut+EQUALS" as key codes (the parser takes those for characters and would
     * show "Ctrl+DIGIT1"); everything else as KeyCombination parses it.
     */
    static KeyCombination accelerator(String spec) {
        int plus = spec.lastIndexOf('+');
        String key = spec.substring(plus + 1);
        if (key.matches("DIGIT\\d|EQUALS|MINUS")) {
            return new KeyCodeCombination(KeyCode.valueOf(key), KeyCombination.SHORTCUT_DOWN);
        }
        return KeyCombination.keyCombination(spec);
    }
}
