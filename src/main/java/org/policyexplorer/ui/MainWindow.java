package org.policyexplorer.ui;

import java.io.File;
import java.util.List;
import java.util.Map;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.app.Messages;
import org.policyexplorer.domain.Report;
import org.policyexplorer.ui.annotations.AnnotationController;
import org.policyexplorer.ui.annotations.AnnotationsView;
import org.policyexplorer.ui.annotations.AnnotationsViewModel;
import org.policyexplorer.ui.common.BackgroundWork;
import org.policyexplorer.ui.compare.CompareView;
import org.policyexplorer.ui.compare.CompareViewModel;
import org.policyexplorer.ui.indicators.IndicatorsView;
import org.policyexplorer.ui.library.LibraryView;
import org.policyexplorer.ui.library.LibraryViewModel;
import org.policyexplorer.ui.indicators.IndicatorsViewModel;
import org.policyexplorer.ui.common.Dialogs;
import org.policyexplorer.ui.common.ReadingFont;
import org.policyexplorer.ui.common.ReadingSettings;
import org.policyexplorer.ui.outline.OutlineView;
import org.policyexplorer.ui.reader.ReaderView;
import org.policyexplorer.ui.search.SearchBar;
import org.policyexplorer.ui.search.SearchResultsView;
import org.policyexplorer.ui.search.SearchViewModel;

/** The main window: menu, section tree, reader tabs and status bar, and the state it remembers. */
public final class MainWindow {
    private final AppContext context;
    private final BackgroundWork background;
    private final Messages messages;
    private final MainViewModel model;
    private final OutlineView outline;
    private final ReaderView reader;
    private final SearchViewModel search;
    private final SearchBar searchBar;
    private final SearchResultsView results;
    private CompareView compare;
    private CompareViewModel compareModel;
    private IndicatorsView indicators;
    private final AnnotationsViewModel annotations;
    private final AnnotationController annotating;
    private AnnotationsView annotationsView;
    private final Tab annotationsTab;
    private final Tab libraryTab;
    private final LibraryViewModel library;
    private LibraryView libraryView;
    private final Tab compareTab;
    private final Tab indicatorsTab;
    private final Tab readerTab;
    private final TabPane tabs;
    /** With --timings: true while an import runs. */
    private javafx.beans.binding.BooleanBinding importing;
    private final SplitPane split;
    private final SplitPane left;
    private final StatusBar statusBar = new StatusBar();
    private final BorderPane root = new BorderPane();
    private Stage stage;
    private final ReadingSettings reading;

    public MainWindow(AppContext context, BackgroundWork background, StartupState state) {
        this.context = context;
        this.background = background;
        this.messages = context.messages();
        this.reading = new ReadingSettings(state.window().values());
        this.model = new MainViewModel(context, background);
        this.outline = new OutlineView(model);
        this.reader = new ReaderView(model, outline);
        this.search = new SearchViewModel(context, background, model);
        this.searchBar = new SearchBar(search, messages);
        this.results = new SearchResultsView(search, messages);
        outline.showHitsOf(search);
        reader.showHitsOf(search);
        this.annotations = new AnnotationsViewModel(context, background, model);
        reader.showAnnotationsOf(annotations);

        tabs = new TabPane();
        tabs.setId("views");
        tabs.setAccessibleText(messages.get("a11y.views"));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        readerTab = new Tab(messages.get("tab.reader"), reader);
        readerTab.setId("tab-reader");
        // the other views are built when first shown: start-up builds only what the first frame shows
        compareTab = new Tab(messages.get("tab.compare"));
        compareTab.setId("tab-compare");
        indicatorsTab = new Tab(messages.get("tab.indicators"));
        indicatorsTab.setId("tab-indicators");
        annotationsTab = new Tab(messages.get("tab.annotations"));
        annotationsTab.setId("tab-annotations");
        libraryTab = new Tab(messages.get("tab.library"));
        libraryTab.setId("tab-library");
        tabs.getTabs().addAll(readerTab, compareTab, indicatorsTab, annotationsTab, libraryTab);
        this.library = new LibraryViewModel(context, background, model);
        libraryTab.setOnSelectionChanged(e -> {
            if (libraryTab.isSelected()) {
                libraryView();
            }
        });
        this.annotating = new AnnotationController(annotations, model, reader, messages, () -> stage,
                () -> tabs.getSelectionModel().select(readerTab));
        annotationsTab.setOnSelectionChanged(e -> {
            if (annotationsTab.isSelected()) {
                annotationsView();
            }
        });
        reader.textArea().setContextMenu(readerMenu());
        reader.addAnnotationTools(messages.get("reader.annotate"), messages.get("reader.side"),
                annotating::annotateSelection, annotating::open);
        compareTab.setOnSelectionChanged(e -> {
            if (compareTab.isSelected()) {
                compare();
            }
        });
        indicatorsTab.setOnSelectionChanged(e -> {
            if (indicatorsTab.isSelected()) {
                indicators();
            }
        });

        // explicit minimum widths: otherwise the text area's preferred width squeezes the tree to nothing
        tabs.setMinWidth(320);
        // the left column: the tree, and under it the hits while a search is on
        left = new SplitPane(outline);
        left.setId("left-split");
        left.setOrientation(javafx.geometry.Orientation.VERTICAL);
        left.setMinWidth(160);
        search.outcomeProperty().addListener((obs, old, outcome) -> showResults(outcome.active()));
        split = new SplitPane(left, tabs);
        split.setId("main-split");
        SplitPane.setResizableWithParent(left, false);
        split.setDividerPositions(state.window().divider());

        statusBar.setId("status");
        statusBar.setFocusTraversable(false); // it says things; there is nothing in it to act on
        bindStatus();

        root.setTop(new javafx.scene.layout.VBox(menuBar(), searchBar));
        root.setCenter(split);
        root.setBottom(statusBar);
        root.getStyleClass().add("main-window");
        applyReading();
        reading.zoomProperty().addListener((obs, old, z) -> readingChanged());
        reading.typefaceProperty().addListener((obs, old, t) -> readingChanged());
        reading.spacingProperty().addListener((obs, old, t) -> readingChanged());
        reading.themeProperty().addListener((obs, old, t) -> readingChanged());
        reader.textArea().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (COPY.match(e)) {
                copyWithCitation();
                e.consume();
            }
        });

        model.setMessageSinks(text -> Dialogs.warn(stage, messages, text), model.statusProperty()::set);
        annotations.setMessageSinks(text -> Dialogs.warn(stage, messages, text), model.statusProperty()::set);
        library.setMessageSinks(text -> Dialogs.warn(stage, messages, text), model.statusProperty()::set);
        acceptDroppedFiles();
        showImportProgress();
        model.setNewVersionQuestion(earlier -> Dialogs.confirm(stage, messages,
                messages.get("import.newVersion", earlier.title(), earlier.importedAt().toString().substring(0, 10))),
                annotations::reload);
        if (state.document() != null) {
            model.show(state.document(), state.lastSection());
        }
    }

    private static final javafx.scene.input.KeyCombination COPY = KeyCombination.keyCombination("Shortcut+C");

    public ReadingSettings reading() {
        return reading;
    }

    private void readingChanged() {
        applyReading();
        background.runQuietly(() -> context.preferences().putAll(reading.toStore()));
    }

    /**
     * Size, typeface, spacing and theme: the root's font size scales every em in the stylesheets, so the
     * tree, tables and reader grow together.
     */
    private void applyReading() {
        String family = readingFamily();
        String size = String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", 14 * reading.zoomProperty().get());
        root.setStyle(size + (family == null ? "" : " -fx-font-family: \"" + family + "\";"));
        var classes = reader.textArea().getStyleClass();
        classes.removeAll("spacing-compact", "spacing-normal", "spacing-roomy");
        classes.add("spacing-" + reading.spacingProperty().get().name().toLowerCase(java.util.Locale.ROOT));
        if (root.getScene() != null) {
            applyTheme(root.getScene());
        }
    }

    private void applyTheme(Scene scene) {
        String dark = MainWindow.class.getResource("dark.css").toExternalForm();
        scene.getStylesheets().remove(dark);
        if (reading.themeProperty().get() == ReadingSettings.Theme.DARK) {
            scene.getStylesheets().add(dark);
        }
    }

    /** Copies the selected passage with where it is from: "…（通州区2018年政府工作报告 › … › 项目建设量质并举）". */
    public void copyWithCitation() {
        int[] range = reader.selectedRange();
        var doc = model.documentProperty().get();
        if (range == null || doc == null) {
            return;
        }
        javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
        content.putString(org.policyexplorer.ui.reader.Citation.of(doc, range[0], range[1],
                new org.policyexplorer.app.SectionLabels(messages)));
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    }

    /** The status bar's normal state: the report, or while searching the total. */
    private void bindStatus() {
        // while searching, the status bar gives the total: what, how many, where, how fast
        statusBar.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            var outcome = search.outcomeProperty().get();
            if (!outcome.active()) {
                return model.statusProperty().get();
            }
            return messages.get("search.status", outcome.query(), outcome.result().total(),
                    outcome.result().sectionsWithHits(), outcome.latencyMs());
        }, model.statusProperty(), search.outcomeProperty()));
        statusBar.progressProperty().bind(javafx.beans.binding.Bindings.when(model.busyProperty())
                .then(-1.0).otherwise(0.0));
    }

    public MainViewModel model() {
        return model;
    }

    public OutlineView outline() {
        return outline;
    }

    public ReaderView reader() {
        return reader;
    }

    public BorderPane root() {
        return root;
    }

    /** The 文库 view, built (and the list read) on first use. */
    public LibraryView libraryView() {
        if (libraryView == null) {
            libraryView = new LibraryView(library, messages, this::chooseAndImport, pair -> {
                compare();
                compareModel.showPlanAgainstReview(pair.plan().id(), pair.review().id());
                tabs.getSelectionModel().select(compareTab);
            });
            libraryTab.setContent(libraryView);
            library.activate();
        }
        return libraryView;
    }

    public LibraryViewModel library() {
        return library;
    }

    /** Files dropped onto the window are imported, several at once. */
    private void acceptDroppedFiles() {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean has = e.getDragboard().hasFiles();
            if (has) {
                library.importFiles(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(has);
            e.consume();
        });
    }

    /** While files are imported, the status bar shows which and how far, with a cancel button. */
    private void showImportProgress() {
        javafx.scene.control.Button cancel = new javafx.scene.control.Button(messages.get("status.cancel"));
        cancel.setId("import-cancel");
        library.importingProperty().addListener((obs, old, task) -> {
            statusBar.progressProperty().unbind();
            statusBar.textProperty().unbind();
            if (task != null) {
                statusBar.progressProperty().bind(task.progressProperty());
                statusBar.textProperty().bind(task.messageProperty());
                cancel.setOnAction(e -> task.cancel());
                statusBar.getRightItems().setAll(cancel);
            } else {
                statusBar.getRightItems().clear();
                bindStatus();
            }
        });
    }

    /** The 批注 view, built on first use. */
    public AnnotationsView annotationsView() {
        if (annotationsView == null) {
            annotationsView = new AnnotationsView(annotations, messages, annotating);
            annotationsTab.setContent(annotationsView);
        }
        return annotationsView;
    }

    public AnnotationController annotating() {
        return annotating;
    }

    public AnnotationsViewModel annotations() {
        return annotations;
    }

    private javafx.scene.control.ContextMenu readerMenu() {
        MenuItem annotate = item("menu.edit.annotate", "Shortcut+M", annotating::annotateSelection);
        annotate.setId("menu-annotate");
        MenuItem copy = new MenuItem(messages.get("menu.edit.copy"));
        copy.setOnAction(e -> copyWithCitation());
        return new javafx.scene.control.ContextMenu(annotate, copy);
    }

    /** The 对照 view, built (and its alignment started) on first use. */
    public CompareView compare() {
        if (compare == null) {
            compareModel = new CompareViewModel(context, background, model);
            compare = new CompareView(compareModel, messages);
            compareTab.setContent(compare);
            compareModel.activate();
        }
        return compare;
    }

    /** The 指标 view, built (and the figures read) on first use. */
    public IndicatorsView indicators() {
        if (indicators == null) {
            IndicatorsViewModel indicatorsModel = new IndicatorsViewModel(context, background, model);
            indicators = new IndicatorsView(indicatorsModel, messages,
                    () -> tabs.getSelectionModel().select(readerTab));
            indicatorsTab.setContent(indicators);
            indicatorsModel.activate();
        }
        return indicators;
    }

    public TabPane tabs() {
        return tabs;
    }

    public SearchViewModel search() {
        return search;
    }

    public SearchBar searchBar() {
        return searchBar;
    }

    public SearchResultsView results() {
        return results;
    }

    /**
     * With --timings: prints, for each search, the time from the keystroke to the first frame that shows
     * its results (the budget is 100 ms on the seed).
     */
    public void printSearchTimings() {
        search.outcomeProperty().addListener((obs, old, outcome) -> {
            if (!outcome.active()) {
                return;
            }
            org.policyexplorer.ui.common.NextFrame.then(() ->
                    System.out.printf("search: \"%s\" %d hits, ready after %d ms, shown after %d ms%n",
                            outcome.query(), outcome.result().total(), outcome.latencyMs(),
                            (System.nanoTime() - outcome.startedNanos()) / 1_000_000));
        });
    }

    /**
     * With --timings: for each import, its time in the window and the longest the window went without a new
     * frame meanwhile (it stays responsive when that stays short).
     */
    public void printImportTimings() {
        FrameGapMeter meter = new FrameGapMeter();
        // kept in a field: bindings listen weakly, and a binding nothing holds is collected with its listener
        importing = model.busyProperty().or(library.importingProperty().isNotNull());
        importing.addListener((obs, was, now) -> {
            if (now) {
                meter.start();
            } else {
                System.out.println("import: " + meter.stopAndDescribe());
            }
        });
    }

    private void showResults(boolean on) {
        boolean shown = left.getItems().contains(results);
        if (on && !shown) {
            left.getItems().add(results);
            left.setDividerPositions(0.55);
        } else if (!on && shown) {
            left.getItems().remove(results);
        }
    }

    /** Puts the window on the stage with its remembered geometry, kept inside the visible screen. */
    public void show(Stage target, StartupState state) {
        this.stage = target;
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // the scene starts at the final size: the tree keeps its width when the window grows
        Scene scene = new Scene(root, Math.min(state.window().width(), screen.getWidth()),
                Math.min(state.window().height(), screen.getHeight()));
        scene.getStylesheets().add(MainWindow.class.getResource("app.css").toExternalForm());
        applyTheme(scene);
        target.setScene(scene);
        target.setTitle(messages.get("app.title"));
        target.getIcons().add(new javafx.scene.image.Image(
                MainWindow.class.getResourceAsStream("icon-256.png")));
        placeOnScreen(target, state.window());
        target.setOnHidden(e -> saveWindowState());
        target.show();
        outline.requestFocus();
    }

    private static void placeOnScreen(Stage stage, WindowState window) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(window.width(), screen.getWidth());
        double height = Math.min(window.height(), screen.getHeight());
        stage.setWidth(Math.max(640, width));
        stage.setHeight(Math.max(480, height));
        Double x = window.x();
        Double y = window.y();
        boolean visible = x != null && y != null && x >= screen.getMinX() - 8 && y >= screen.getMinY() - 8
                && x + width <= screen.getMaxX() + 8 && y + height <= screen.getMaxY() + 8;
        if (visible) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(window.maximized());
    }

    private void saveWindowState() {
        Map<String, String> geometry = WindowState.geometry(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), stage.isMaximized(), split.getDividerPositions()[0]);
        background.runQuietly(() -> context.preferences().putAll(geometry));
    }

    /** The family the reader uses now, or null for the toolkit's default. */
    private String readingFamily() {
        String family = reading.typefaceProperty().get() == ReadingSettings.Typeface.SERIF
                ? ReadingFont.chineseSerif() : ReadingFont.chineseSans();
        return family != null ? family : ReadingFont.chineseSans(); // no serif installed: sans, without complaint
    }

    /** Prints the comparison when the 对照 tab is in front, else the section being read (or the whole report). */
    private void print() {
        org.policyexplorer.ui.print.Printout printout;
        var labels = new org.policyexplorer.app.SectionLabels(messages);
        if (tabs.getSelectionModel().getSelectedItem() == compareTab && compareModel != null
                && compareModel.alignmentProperty().get() != null) {
            printout = org.policyexplorer.ui.print.Printouts.comparison(compareModel.alignmentProperty().get(),
                    compareModel.directionProperty().get() == CompareViewModel.Direction.REVIEW_TO_PLAN, labels,
                    messages);
        } else if (model.documentProperty().get() != null) {
            printout = org.policyexplorer.ui.print.Printouts.section(model.documentProperty().get(),
                    model.selectedSectionProperty().get(), labels);
        } else {
            return;
        }
        String family = readingFamily();
        new org.policyexplorer.ui.print.SystemPrinting(messages).print(stage, printout,
                family != null ? family : javafx.scene.text.Font.getDefault().getFamily());
    }

    private MenuBar menuBar() {
        MenuItem importItem = item("menu.file.import", "Shortcut+O", this::chooseAndImport);
        importItem.setId("menu-import");
        MenuItem openItem = item("menu.file.open", "Shortcut+R", this::chooseReport);
        MenuItem printItem = item("menu.file.print", "Shortcut+P", this::print);
        printItem.setId("menu-print");
        MenuItem quit = item("menu.file.quit", "Shortcut+Q", () -> stage.close());
        Menu exportMenu = new Menu(messages.get("annotations.export"));
        for (AnnotationsViewModel.Format f : AnnotationsViewModel.Format.values()) {
            exportMenu.getItems().add(item("annotations.export." + f.name().toLowerCase(java.util.Locale.ROOT), null,
                    () -> annotating.export(f)));
        }
        MenuItem importAnnotations = item("annotations.import", null, annotating::importW3c);
        Menu file = new Menu(messages.get("menu.file"), null, importItem, openItem, new SeparatorMenuItem(),
                exportMenu, importAnnotations, new SeparatorMenuItem(), printItem, new SeparatorMenuItem(), quit);

        MenuItem find = item("menu.edit.find", "Shortcut+F", searchBar::focusField);
        MenuItem next = item("menu.edit.next", "F3", search::next);
        MenuItem previous = item("menu.edit.previous", "Shift+F3", search::previous);
        MenuItem clear = item("menu.edit.clear", null, search::clear);
        MenuItem annotate = item("menu.edit.annotate", "Shortcut+M", annotating::annotateSelection);
        MenuItem undoDelete = item("menu.edit.undoDelete", "Shortcut+Z", annotations::undoDelete);
        undoDelete.disableProperty().bind(annotations.lastDeletedProperty().isNull());
        Menu edit = new Menu(messages.get("menu.edit"), null, find, next, previous, clear, new SeparatorMenuItem(),
                annotate, undoDelete);

        MenuItem zoomIn = item("menu.view.zoomIn", "Shortcut+EQUALS", reading::zoomIn);
        MenuItem zoomOut = item("menu.view.zoomOut", "Shortcut+MINUS", reading::zoomOut);
        MenuItem zoomReset = item("menu.view.zoomReset", "Shortcut+DIGIT0", reading::resetZoom);
        Menu typeface = choices("menu.view.typeface", ReadingSettings.Typeface.values(), reading.typefaceProperty());
        Menu spacing = choices("menu.view.spacing", ReadingSettings.Spacing.values(), reading.spacingProperty());
        Menu theme = choices("menu.view.theme", ReadingSettings.Theme.values(), reading.themeProperty());
        Menu views = new Menu(messages.get("menu.view.tabs"));
        String[] tabIds = {"tab-reader", "tab-compare", "tab-indicators", "tab-annotations", "tab-library"};
        for (int i = 0; i < tabIds.length; i++) {
            int index = i;
            views.getItems().add(item("menu.view." + tabIds[i], "Shortcut+DIGIT" + (i + 1),
                    () -> tabs.getSelectionModel().select(index)));
        }
        MenuItem expand = item("menu.view.expandAll", "Shortcut+Shift+E", () -> outline.expandAll(true));
        MenuItem collapse = item("menu.view.collapseAll", "Shortcut+Shift+C", () -> outline.expandAll(false));
        Menu view = new Menu(messages.get("menu.view"), null, zoomIn, zoomOut, zoomReset, new SeparatorMenuItem(),
                typeface, spacing, theme, new SeparatorMenuItem(), views, expand, collapse);

        MenuItem about = item("menu.help.about", null, () -> Dialogs.inform(stage, messages,
                messages.get("dialog.about.text", context.database().file().toAbsolutePath())));
        MenuItem keys = item("menu.help.keys", "F1", this::showShortcuts);
        Menu help = new Menu(messages.get("menu.help"), null, keys, about);

        MenuBar bar = new MenuBar(file, edit, view, help);
        bar.setId("menu-bar");
        return bar;
    }

    /**
     * "Shortcut+DIGIT1" or "Shortcut+EQUALS" as key codes (the parser takes those for characters and would
     * show "Ctrl+DIGIT1"); everything else as KeyCombination parses it.
     */
    private static KeyCombination accelerator(String spec) {
        int plus = spec.lastIndexOf('+');
        String key = spec.substring(plus + 1);
        if (key.matches("DIGIT\\d|EQUALS|MINUS")) {
            return new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.valueOf(key),
                    KeyCombination.SHORTCUT_DOWN);
        }
        return KeyCombination.keyCombination(spec);
    }

    /** A menu of radio items, one per value, bound to a setting. */
    private <E extends Enum<E>> Menu choices(String key, E[] values, javafx.beans.property.ObjectProperty<E> setting) {
        Menu menu = new Menu(messages.get(key));
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        for (E value : values) {
            javafx.scene.control.RadioMenuItem item = new javafx.scene.control.RadioMenuItem(
                    messages.get(key + "." + value.name().toLowerCase(java.util.Locale.ROOT)));
            item.setToggleGroup(group);
            item.setSelected(setting.get() == value);
            item.setOnAction(e -> setting.set(value));
            setting.addListener((obs, old, now) -> item.setSelected(now == value));
            menu.getItems().add(item);
        }
        return menu;
    }

    /** F1: every shortcut, read from the menus themselves so the sheet is never out of date. */
    private void showShortcuts() {
        MenuBar bar = (MenuBar) ((javafx.scene.layout.VBox) root.getTop()).getChildren().get(0);
        ShortcutSheet.show(stage, bar, messages);
    }

    private MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        if (accelerator != null) {
            item.setAccelerator(accelerator(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private void chooseAndImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("dialog.import.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("dialog.import.filter"), "*.txt", "*.text", "*.html",
                        "*.htm"),
                new FileChooser.ExtensionFilter(messages.get("dialog.import.all"), "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files == null || files.isEmpty()) {
            return;
        }
        if (files.size() == 1) {
            model.importFile(files.get(0).toPath()); // one file: it may be a new version of a report here
        } else {
            library.importFiles(files.stream().map(File::toPath).toList());
        }
    }

    private void chooseReport() {
        model.listReports(this::showReportChoice);
    }

    private void showReportChoice(List<Report> reports) {
        if (reports.isEmpty()) {
            return;
        }
        ReportChoice current = null;
        List<ReportChoice> choices = reports.stream().map(ReportChoice::new).toList();
        var doc = model.documentProperty().get();
        for (ReportChoice choice : choices) {
            if (doc != null && choice.report().id() == doc.report().id()) {
                current = choice;
            }
        }
        ChoiceDialog<ReportChoice> dialog = new ChoiceDialog<>(current != null ? current : choices.get(0), choices);
        dialog.initOwner(stage);
        dialog.setTitle(messages.get("dialog.open.title"));
        dialog.setHeaderText(messages.get("dialog.open.header"));
        dialog.showAndWait().ifPresent(choice -> model.openReport(choice.report().id()));
    }

    /** A report as the open dialog lists it. */
    private record ReportChoice(Report report) {
        @Override
        public String toString() {
            return report.title();
        }
    }
}
