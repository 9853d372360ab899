package org.policyexplorer.ui.window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.app.Messages;
import org.policyexplorer.app.SectionLabels;
import org.policyexplorer.domain.Report;
import org.policyexplorer.ui.MainViewModel;
import org.policyexplorer.ui.StartupState;
import org.policyexplorer.ui.annotations.AnnotationController;
import org.policyexplorer.ui.annotations.AnnotationServices;
import org.policyexplorer.ui.annotations.AnnotationsViewModel;
import org.policyexplorer.ui.common.BackgroundWork;
import org.policyexplorer.ui.common.Dialogs;
import org.policyexplorer.ui.common.ReadingSettings;
import org.policyexplorer.ui.compare.CompareViewModel;
import org.policyexplorer.ui.indicators.IndicatorsViewModel;
import org.policyexplorer.ui.library.LibraryViewModel;
import org.policyexplorer.ui.outline.OutlineView;
import org.policyexplorer.ui.reader.Citation;
import org.policyexplorer.ui.reader.ReaderView;
import org.policyexplorer.ui.search.SearchBar;
import org.policyexplorer.ui.search.SearchResultsView;
import org.policyexplorer.ui.search.SearchViewModel;
import org.policyexplorer.ui.targets.TargetsViewModel;
import org.policyexplorer.ui.trends.ConcordanceViewModel;
import org.policyexplorer.ui.trends.DistinctiveViewModel;
import org.policyexplorer.ui.trends.SearchRequest;
import org.policyexplorer.ui.trends.TrendsView;
import org.policyexplorer.ui.trends.TrendsViewModel;

/**
 * The main window: it builds the view-models from the services, the views from the view-models, and lays
 * them out — menus and search bar on top, the tree (and the hits while searching) on the left, the views on
 * the right, the status line below. Each part with a job of its own is a class of its own: {@link MainMenus},
 * {@link ViewTabs}, {@link StatusLine}, {@link ReadingStyle}, {@link WindowPlacement}, {@link Printing}.
 */
public final class MainWindow implements MainMenus.WindowCommands {
    private static final KeyCombination COPY = KeyCombination.keyCombination("Shortcut+C");
    /** How long after the window shows the search index is checked (and brought in step if behind). */
    private static final Duration INDEX_CHECK_DELAY = Duration.seconds(1.5);

    private final Messages messages;
    private final Path storeFile;
    private final MainViewModel model;
    private final SearchViewModel search;
    private final AnnotationsViewModel annotations;
    private final LibraryViewModel library;
    private final boolean readOnlyStore;
    private final OutlineView outline;
    private final ReaderView reader;
    private final SearchBar searchBar;
    private final SearchResultsView results;
    private final ViewTabs views;
    private final ReadingSettings reading;
    private final ReadingStyle style;
    private final SplitPane left;
    private final SplitPane split;
    private final MenuBar menuBar;
    private final BorderPane root = new BorderPane();
    private final Timings timings = new Timings();
    /** Keeps settings in the store, in the background. */
    private final Consumer<Map<String, String>> remember;
    private Stage stage;

    public MainWindow(AppContext context, BackgroundWork background, StartupState state) {
        this.messages = context.messages();
        this.storeFile = context.storeFile();
        this.reading = new ReadingSettings(state.window().values());
        this.remember = values -> background.runQuietly(() -> context.settings().putAll(values));
        this.model = new MainViewModel(context.library(), context.annotations(), context.settings(), messages,
                background);
        this.search = new SearchViewModel(context.search(), context.library(), context.settings(), messages,
                background, model);
        this.annotations = new AnnotationsViewModel(new AnnotationServices(context.annotations(), context.tags(),
                context.memos(), context.annotationImporter(), context.library()), messages, background, model);
        this.library = new LibraryViewModel(context.library(), context.indicators(), messages, background, model);
        this.readOnlyStore = context.readOnly();

        this.outline = new OutlineView(model);
        this.reader = new ReaderView(model, outline);
        this.searchBar = new SearchBar(search, messages);
        this.results = new SearchResultsView(search, messages);
        outline.showHitsOf(search);
        reader.showHitsOf(search);
        reader.showAnnotationsOf(annotations);
        AnnotationController annotating = new AnnotationController(annotations, model, reader::selectedRange,
                messages, () -> stage, () -> views().showReader());
        this.views = new ViewTabs(messages, reader,
                () -> new CompareViewModel(context.compare(), context.library(), messages, background, model),
                () -> new IndicatorsViewModel(context.indicators(), messages, background, model),
                annotations, annotating, library, this::chooseAndImport,
                () -> targetsFollowingTheFacets(new TargetsViewModel(context.targets(), messages, background, model)),
                () -> trendsView(context, background));
        MainMenus menus = new MainMenus(messages);
        this.menuBar = menus.bar(this, searchBar, search, annotations, annotating, reading, outline, views,
                library);
        reader.textArea().setContextMenu(menus.readerMenu(this, annotating));
        reader.addAnnotationTools(messages.get("reader.annotate"), messages.get("reader.side"),
                annotating::annotateSelection, annotating::open);
        reader.textArea().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (COPY.match(e)) {
                copyWithCitation();
                e.consume();
            }
        });

        // the left column: the tree, and under it the hits while a search is on
        left = new SplitPane(outline);
        left.setId("left-split");
        left.setOrientation(Orientation.VERTICAL);
        left.setMinWidth(160);
        search.outcomeProperty().addListener((obs, old, outcome) -> showResults(outcome.active()));
        split = new SplitPane(left, views.pane());
        split.setId("main-split");
        SplitPane.setResizableWithParent(left, false);
        split.setDividerPositions(state.window().divider());

        root.setTop(new VBox(menuBar, searchBar));
        root.setCenter(split);
        root.setBottom(new StatusLine(model, search, library, messages).node());
        root.getStyleClass().add("main-window");
        style = new ReadingStyle(reading, root, reader.textArea(), remember);
        acceptDroppedFiles();

        model.setMessageSinks(this::warn, model.statusProperty()::set);
        model.setNewVersionQuestion(earlier -> Dialogs.confirm(stage, messages,
                messages.get("import.newVersion", earlier.title(), earlier.importedAt().toString().substring(0, 10))),
                annotations::reload);
        if (state.document() != null) {
            model.show(state.document(), state.lastSection());
        }
    }

    /** Puts the window on the stage with its remembered geometry, kept inside the visible screen. */
    public void show(Stage target, StartupState state) {
        this.stage = target;
        double[] size = WindowPlacement.sceneSize(state.window());
        // the scene starts at the final size: the tree keeps its width when the window grows
        Scene scene = new Scene(root, size[0], size[1]);
        scene.getStylesheets().add(MainWindow.class.getResource("/org/policyexplorer/ui/window/app.css")
                .toExternalForm());
        style.applyTheme(scene);
        target.setScene(scene);
        target.setTitle(messages.get("app.title"));
        WindowIcon.setWhenDecoded(target);
        WindowPlacement.place(target, state.window());
        WindowPlacement.saveOnClose(target, split, remember);
        target.show();
        outline.requestFocus();
        if (!readOnlyStore) {
            // once the window has settled: the index opens and catches up (an upgrade, a damaged folder, a
            // crash). Not at the first frame: opening it loads Lucene (some 600 classes), which would compete
            // with the user's first clicks, and a window closed at once would wait for it to close
            PauseTransition settle = new PauseTransition(INDEX_CHECK_DELAY);
            settle.setOnFinished(e -> library.bringIndexInStep());
            target.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> settle.stop()); // closed before: not at all
            settle.play();
        }
    }

    private TargetsViewModel targetsFollowingTheFacets(TargetsViewModel targets) {
        targets.filterProperty().bind(model.facets().filterProperty());
        return targets;
    }

    /** 趋势 and its concordance and distinctive terms, following the library's facets. */
    private TrendsView trendsView(AppContext context, BackgroundWork background) {
        SearchRequest searchInReport = this::searchInReport;
        TrendsViewModel trends = new TrendsViewModel(context.terms(), context.settings(), messages, background,
                searchInReport);
        ConcordanceViewModel concordance = new ConcordanceViewModel(context.search(), context.library(), messages,
                background, searchInReport);
        DistinctiveViewModel distinctive = new DistinctiveViewModel(context.distinctive(), context.library(),
                messages, background, model.documentProperty(), searchInReport);
        trends.filterProperty().bind(model.facets().filterProperty());
        concordance.filterProperty().bind(model.facets().filterProperty());
        distinctive.filterProperty().bind(model.facets().filterProperty());
        return new TrendsView(trends, concordance, distinctive, messages);
    }

    /** Opens a report in the reader (at a section, when given) with a term searched in it: a click in 趋势. */
    private void searchInReport(long reportId, String term, Long sectionId) {
        search.allReportsProperty().set(false);
        ReportDocument open = model.documentProperty().get();
        if (open == null || open.report().id() != reportId) {
            model.openReportAt(reportId, sectionId);
        } else if (sectionId != null) {
            open.findSection(sectionId).ifPresent(model::select);
        }
        search.queryProperty().set(term);
        views().showReader();
    }

    /** With --timings: search, import and scrolling timings on standard output. */
    void printTimings() {
        timings.printSearches(search);
        timings.printImports(model, library);
        reader.printScrollTimings();
    }

    public MainViewModel model() {
        return model;
    }

    public SearchViewModel search() {
        return search;
    }

    public AnnotationsViewModel annotations() {
        return annotations;
    }

    public LibraryViewModel library() {
        return library;
    }

    public ReadingSettings reading() {
        return reading;
    }

    public OutlineView outline() {
        return outline;
    }

    public ReaderView reader() {
        return reader;
    }

    public SearchBar searchBar() {
        return searchBar;
    }

    public SearchResultsView results() {
        return results;
    }

    public ViewTabs views() {
        return views;
    }

    public BorderPane root() {
        return root;
    }

    private void warn(String text) {
        Dialogs.warn(stage, messages, text);
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

    /** Copies the selected passage with where it is from: "…（通州区2018年政府工作报告 › … › 项目建设量质并举）". */
    @Override
    public void copyWithCitation() {
        int[] range = reader.selectedRange();
        var doc = model.documentProperty().get();
        if (range == null || doc == null) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(Citation.of(doc, range[0], range[1], new SectionLabels(messages)));
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** Files dropped onto the window are imported, several at once. */
    private void acceptDroppedFiles() {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
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

    @Override
    public void chooseAndImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("dialog.import.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("dialog.import.filter"), "*.txt", "*.text", "*.html",
                        "*.htm", "*.docx", "*.doc", "*.pdf"),
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

    @Override
    public void chooseReport() {
        model.listReports(this::showReportChoice);
    }

    private void showReportChoice(List<Report> reports) {
        if (reports.isEmpty()) {
            return;
        }
        List<ReportChoice> choices = reports.stream().map(ReportChoice::new).toList();
        var doc = model.documentProperty().get();
        ReportChoice current = choices.stream().filter(c -> doc != null && c.report().id() == doc.report().id())
                .findFirst().orElse(choices.get(0));
        ChoiceDialog<ReportChoice> dialog = new ChoiceDialog<>(current, choices);
        dialog.initOwner(stage);
        dialog.setTitle(messages.get("dialog.open.title"));
        dialog.setHeaderText(messages.get("dialog.open.header"));
        dialog.showAndWait().ifPresent(choice -> model.openReport(choice.report().id()));
    }

    @Override
    public void print() {
        Printing.print(stage, model, views, messages, style.family());
    }

    @Override
    public void quit() {
        stage.close();
    }

    /** F1: every shortcut, read from the menus themselves so the sheet is never out of date. */
    @Override
    public void showShortcuts() {
        ShortcutSheet.show(stage, menuBar, messages);
    }

    @Override
    public void showAbout() {
        Dialogs.inform(stage, messages, messages.get("dialog.about.text", storeFile.toAbsolutePath()));
    }

    /** A report as the open dialog lists it. */
    private record ReportChoice(Report report) {
        @Override
        public String toString() {
            return report.title();
        }
    }
}
