package org.policyexplorer.ui.library;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.policyexplorer.app.ErrorMessages;
import org.policyexplorer.app.Messages;
import org.policyexplorer.compare.CompareService;
import org.policyexplorer.domain.OutlinePart;
import org.policyexplorer.domain.Report;
import org.policyexplorer.domain.ReportLevel;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.indicators.IndicatorService;
import org.policyexplorer.indicators.TargetTracker;
import org.policyexplorer.ingest.ImportRejectedException;
import org.policyexplorer.library.FacetCounts;
import org.policyexplorer.library.ImportResult;
import org.policyexplorer.library.LibraryService;
import org.policyexplorer.library.PlanReviewPairs;
import org.policyexplorer.library.ReportFilter;
import org.policyexplorer.library.SampleImport;
import org.policyexplorer.library.SampleLibrary;
import org.policyexplorer.library.SampleProgress;
import org.policyexplorer.ui.FacetState;
import org.policyexplorer.ui.MainViewModel;
import org.policyexplorer.ui.common.BackgroundWork;

/**
 * 文库: the reports in the store with their place, year and size, narrowed by the facets (level, place, year)
 * the whole window shares; opening, correcting, deleting (with undo), importing several files or the sample
 * library with progress; and the plan–review pairs of one place in consecutive years that can be tracked.
 */
public final class LibraryViewModel {
    private final LibraryService library;
    private final IndicatorService indicators;
    private final BackgroundWork background;
    private final MainViewModel main;
    private final Messages messages;
    private final ObservableList<LibraryService.Entry> rows = FXCollections.observableArrayList();
    private final ObservableList<PlanReviewPairs.Pair> pairs = FXCollections.observableArrayList();
    private final ObjectProperty<Report> lastDeleted = new SimpleObjectProperty<>();
    private final ObjectProperty<Task<?>> importing = new SimpleObjectProperty<>();
    private final FacetState facets;
    private final ObjectProperty<FacetCounts> facetCounts =
            new SimpleObjectProperty<>(FacetCounts.of(List.of()));
    private final ReadOnlyStringWrapper shown = new ReadOnlyStringWrapper("");

    public LibraryViewModel(LibraryService library, IndicatorService indicators, Messages messages,
                            BackgroundWork background, MainViewModel main) {
        this.library = library;
        this.indicators = indicators;
        this.background = background;
        this.main = main;
        this.messages = messages;
        this.facets = main.facets();
        main.documentProperty().addListener((obs, old, doc) -> {
            if (active) {
                reload();
            }
        });
        facets.filterProperty().addListener((obs, old, filter) -> {
            if (active) {
                reload();
            }
        });
    }

    /** Called when the tab is first shown: the list is read then, not at start-up. */
    public void activate() {
        if (!active) {
            active = true;
            reload();
        }
    }

    private boolean active;

    public ObservableList<LibraryService.Entry> rows() {
        return rows;
    }

    public ObservableList<PlanReviewPairs.Pair> trackablePairs() {
        return pairs;
    }

    /** The values each facet offers, with their counts over the whole library. */
    public ObjectProperty<FacetCounts> facetCountsProperty() {
        return facetCounts;
    }

    /** The filter the facets set; the window's one, shared with search, 趋势 and 目标. */
    public ObjectProperty<ReportFilter> filterProperty() {
        return facets.filterProperty();
    }

    /** How many reports the filter keeps, of how many: "显示 12 / 43 份报告". */
    public ReadOnlyStringProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Keeps only these levels (null: the reports whose level is not known); none keeps every level. */
    public void chooseLevels(Collection<ReportLevel> chosen) {
        facets.filterProperty().set(facets.filter().withLevels(chosen));
    }

    /** Keeps only these places (null: not known); none keeps every place. */
    public void choosePlaces(Collection<String> chosen) {
        facets.filterProperty().set(facets.filter().withPlaces(chosen));
    }

    /** Keeps only these years (null: not known); none keeps every year. */
    public void chooseYears(Collection<Integer> chosen) {
        facets.filterProperty().set(facets.filter().withYears(chosen));
    }

    public void clearFilter() {
        facets.clear();
    }

    public ObjectProperty<Report> lastDeletedProperty() {
        return lastDeleted;
    }

    /** The import under way, for its progress and its cancel button; null when none. */
    public ObjectProperty<Task<?>> importingProperty() {
        return importing;
    }

    public void open(Report report) {
        main.openReport(report.id());
    }

    public void correct(Report report, String title, String place, Integer year, ReportLevel level) {
        background.run(() -> library.correct(report.id(), title, place, year, level), r -> reload(), this::failed);
    }

    /** The report's parts as judged or corrected, for the structure dialog. */
    public void loadParts(Report report, Consumer<List<OutlinePart>> onLoaded) {
        background.run(() -> library.parts(report.id()), onLoaded, this::failed);
    }

    /** Stores the parts whose role or year the user changed; an open report is read again so every view follows. */
    public void correctParts(Report report, List<OutlinePart> changed) {
        if (changed.isEmpty()) {
            return;
        }
        background.run(BackgroundWork.Lane.LONG, () -> {
            library.correctParts(report.id(), changed);
            return changed.size();
        }, n -> {
            main.notice(messages.get("library.partsCorrected", n, report.title()));
            ReportDocument open = main.documentProperty().get();
            if (open != null && open.report().id() == report.id()) {
                main.openReport(report.id());
            }
            reload();
        }, this::failed);
    }

    public void delete(Report report) {
        long open = main.documentProperty().get() == null ? -1 : main.documentProperty().get().report().id();
        background.run(() -> {
            library.delete(report.id());
            return library.latest().orElse(null);
        }, next -> {
            lastDeleted.set(report);
            main.notice(messages.get("library.deleted", report.title()));
            if (report.id() == open && next != null) {
                main.openReport(next.id());
            }
            reload();
        }, this::failed);
    }

    public void undoDelete() {
        Report report = lastDeleted.get();
        if (report == null) {
            return;
        }
        lastDeleted.set(null);
        background.run(() -> library.restore(report.id()), ok -> {
            main.notice(messages.get("library.restored", report.title()));
            reload();
        }, this::failed);
    }

    /**
     * Imports files one after another, each in its own transaction, with progress; cancelling stops before
     * the next file, so every file is either in the library whole or not at all.
     */
    public void importFiles(List<Path> files) {
        if (files.isEmpty() || importing.get() != null) {
            return;
        }
        record Outcome(List<String> problems, Long lastImported) {
        }
        importing.set(background.runWithProgress(progress -> {
            List<String> problemsFound = new ArrayList<>();
            Long lastId = null;
            for (int i = 0; i < files.size() && !progress.cancelled(); i++) {
                Path file = files.get(i);
                progress.report(messages.get("status.importingOf", file.getFileName(), i + 1, files.size()), i,
                        files.size());
                try {
                    ImportResult result = library.importOne(file);
                    lastId = result.report().id();
                    if (!result.structured()) {
                        problemsFound.add(messages.get("import.flat", file.getFileName()));
                    }
                } catch (ImportRejectedException e) {
                    problemsFound.add(messages.get(e.problem().messageKey(), e.fileName()));
                }
            }
            if (files.size() > 1) {
                library.batchDone();
            }
            progress.report("", files.size(), files.size());
            return new Outcome(problemsFound, lastId);
        }, outcome -> finishImport(outcome.problems(), outcome.lastImported()),
                error -> finishImport(List.of(ErrorMessages.describe(messages, error)), null),
                // files imported before the cancel stay, each whole; the list shows them
                () -> finishImport(List.of(messages.get("library.importCancelled")), null)));
    }

    /**
     * Brings the search index in step with the store, with progress in the status line: after an upgrade,
     * a crash between the store's commit and the index's, or an index folder deleted or damaged. Searches
     * meanwhile find what is indexed so far.
     */
    public void bringIndexInStep() {
        background.run(BackgroundWork.Lane.LONG, library::indexOutOfStep, behind -> {
            if (behind > 0 && importing.get() == null) {
                indexWithProgress(behind);
            }
        }, BackgroundWork.LOGGED_ONLY);
    }

    private void indexWithProgress(int behind) {
        importing.set(background.runWithProgress(progress -> {
            progress.report(messages.get("status.indexing", 0, behind), 0, behind);
            return library.bringIndexInStep((done, total) -> progress.report(
                    messages.get("status.indexing", done, total), done, total), progress::cancelled);
        }, done -> finishIndexing(done > 0 ? messages.get("library.indexed", done) : null),
                error -> {
                    finishIndexing(null);
                    main.warn(ErrorMessages.describe(messages, error));
                },
                () -> finishIndexing(messages.get("library.indexingStopped"))));
    }

    private void finishIndexing(String notice) {
        importing.set(null);
        if (notice != null) {
            main.notice(notice);
        }
    }

    private void finishImport(List<String> found, Long lastImported) {
        if (lastImported != null) {
            main.openReport(lastImported);
        }
        finish(found, messages.get("library.imported"));
    }

    /** The import is over: the list shows what it added; problems get a dialog, success a status line. */
    private void finish(List<String> problems, String done) {
        importing.set(null);
        reload();
        if (!problems.isEmpty()) {
            main.warn(String.join("\n", problems));
        } else {
            main.notice(done);
        }
    }

    /**
     * Imports the sample library bundled with the application (43 real reports), with progress; the samples
     * already here are skipped. Cancelling stops before the next sample and keeps those imported, saying how
     * many.
     */
    public void importSamples() {
        if (importing.get() != null) {
            return;
        }
        // written by the import as it goes, read once it has stopped: what a cancel kept
        AtomicReference<SampleImport.Outcome> kept = new AtomicReference<>();
        importing.set(background.runWithProgress(progress -> library.importSamples(new SampleProgress() {
            @Override
            public void report(SampleLibrary.Sample next, int done, int total, SampleImport.Outcome soFar) {
                kept.set(soFar);
                progress.report(next == null ? "" : messages.get("samples.importing", next.file(), done + 1, total),
                        done, total);
            }

            @Override
            public boolean cancelled() {
                return progress.cancelled();
            }
        }), this::finishSamples, error -> finish(List.of(ErrorMessages.describe(messages, error)), ""),
                // the cancelled task may still be finishing its sample: asking on its lane waits for it
                () -> background.run(BackgroundWork.Lane.LONG, kept::get, outcome -> finish(List.of(),
                        messages.get("samples.cancelled", outcome == null ? 0 : outcome.imported())),
                        this::failed)));
    }

    private void finishSamples(SampleImport.Outcome outcome) {
        List<String> problems = new ArrayList<>();
        outcome.failed().forEach(f -> problems.add(messages.get(f.problem().messageKey(), f.file())));
        String summary = messages.get("samples.summary", outcome.imported(), outcome.skipped(), problems.size());
        if (!problems.isEmpty()) {
            problems.add(0, summary);
        }
        finish(problems, summary);
    }

    /** Whether a plan was met: one year's plan beside the next year's review. Runs in the background. */
    public void track(PlanReviewPairs.Pair pair, Consumer<List<TargetTracker.Tracked>> onResult) {
        background.run(() -> {
            ReportDocument plan = library.document(pair.plan().id());
            ReportDocument review = library.document(pair.review().id());
            return indicators.track(plan, CompareService.planOf(plan).orElseThrow(), review,
                    CompareService.reviewOf(review).orElseThrow());
        }, onResult, this::failed);
    }

    /** Reads the list again: the reports the filter keeps, the facets' counts over all, and the pairs. */
    public void reload() {
        record Loaded(List<LibraryService.Entry> rows, FacetCounts counts, List<PlanReviewPairs.Pair> pairs) {
        }
        ReportFilter filter = facets.filter();
        background.run(() -> new Loaded(library.entries(filter), FacetCounts.of(library.list()), library.pairs()),
                loaded -> {
                    rows.setAll(loaded.rows());
                    facetCounts.set(loaded.counts());
                    pairs.setAll(loaded.pairs());
                    shown.set(messages.get("facet.shown", loaded.rows().size(), loaded.counts().total()));
                }, this::failed);
    }

    private void failed(Throwable error) {
        main.warn(ErrorMessages.describe(messages, error));
    }
}
