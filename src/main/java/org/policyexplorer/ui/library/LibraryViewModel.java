package org.policyexplorer.ui.library;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.app.Messages;
import org.policyexplorer.compare.CompareService;
import org.policyexplorer.domain.OutlinePart;
import org.policyexplorer.domain.Report;
import org.policyexplorer.domain.ReportLevel;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.indicators.TargetTracker;
import org.policyexplorer.ingest.ImportRejectedException;
import org.policyexplorer.library.ImportResult;
import org.policyexplorer.ui.MainViewModel;
import org.policyexplorer.ui.common.BackgroundWork;
import org.policyexplorer.ui.common.ErrorMessages;

/**
 * 文库: the reports in the store with their place, year and size; opening, correcting, deleting (with undo)
 * and importing several files with progress; and the plan–review pairs of one place in consecutive years
 * that can be tracked.
 */
public final class LibraryViewModel {
    /** A report as the library lists it. */
    public record Row(Report report, int sections, int annotations) {
    }

    /** One year's plan and the next year's review of the same place. */
    public record TrackablePair(Report plan, Report review) {
        static TrackablePair of(org.policyexplorer.library.PlanReviewPairs.Pair p) {
            return new TrackablePair(p.plan(), p.review());
        }
    }

    private final AppContext context;
    private final BackgroundWork background;
    private final MainViewModel main;
    private final Messages messages;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<TrackablePair> pairs = FXCollections.observableArrayList();
    private final ObjectProperty<Report> lastDeleted = new SimpleObjectProperty<>();
    private final ObjectProperty<Task<?>> importing = new SimpleObjectProperty<>();
    private Consumer<String> notices = s -> { };
    private Consumer<String> problems = s -> { };

    public LibraryViewModel(AppContext context, BackgroundWork background, MainViewModel main) {
        this.context = context;
        this.background = background;
        this.main = main;
        this.messages = context.messages();
        main.documentProperty().addListener((obs, old, doc) -> {
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

    public void setMessageSinks(Consumer<String> problemSink, Consumer<String> noticeSink) {
        this.problems = problemSink;
        this.notices = noticeSink;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableList<TrackablePair> trackablePairs() {
        return pairs;
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
        background.run(() -> {
            context.reports().updateMetadata(report.id(), title, place, year);
            return context.outlineCorrections().correctLevel(report.id(), level);
        }, r -> reload(), error -> problems.accept(ErrorMessages.describe(messages, error)));
    }

    /** The report's parts as judged or corrected, for the structure dialog. */
    public void loadParts(Report report, Consumer<List<OutlinePart>> onLoaded) {
        background.run(() -> context.outlineCorrections().parts(report.id()), onLoaded,
                error -> problems.accept(ErrorMessages.describe(messages, error)));
    }

    /** Stores the parts whose role or year the user changed; an open report is read again so every view follows. */
    public void correctParts(Report report, List<OutlinePart> changed) {
        if (changed.isEmpty()) {
            return;
        }
        background.run(() -> {
            context.outlineCorrections().correctParts(report.id(), changed);
            return changed.size();
        }, n -> {
            notices.accept(messages.get("library.partsCorrected", n, report.title()));
            ReportDocument open = main.documentProperty().get();
            if (open != null && open.report().id() == report.id()) {
                main.openReport(report.id());
            }
            reload();
        }, error -> problems.accept(ErrorMessages.describe(messages, error)));
    }

    public void delete(Report report) {
        long open = main.documentProperty().get() == null ? -1 : main.documentProperty().get().report().id();
        background.run(() -> {
            context.reports().markDeleted(report.id());
            return context.reports().latest().orElse(null);
        }, next -> {
            lastDeleted.set(report);
            notices.accept(messages.get("library.deleted", report.title()));
            if (report.id() == open && next != null) {
                main.openReport(next.id());
            }
            reload();
        }, error -> problems.accept(ErrorMessages.describe(messages, error)));
    }

    public void undoDelete() {
        Report report = lastDeleted.get();
        if (report == null) {
            return;
        }
        lastDeleted.set(null);
        background.run(() -> context.reports().undoDelete(report.id()), ok -> {
            notices.accept(messages.get("library.restored", report.title()));
            reload();
        }, error -> problems.accept(ErrorMessages.describe(messages, error)));
    }

    /**
     * Imports files one after another, each in its own transaction, with progress; cancelling stops before
     * the next file, so every file is either in the library whole or not at all.
     */
    public void importFiles(List<Path> files) {
        if (files.isEmpty() || importing.get() != null) {
            return;
        }
        Task<List<String>> task = new Task<>() {
            @Override
            protected List<String> call() {
                List<String> problemsFound = new ArrayList<>();
                Long lastId = null;
                for (int i = 0; i < files.size(); i++) {
                    if (isCancelled()) {
                        break;
                    }
                    Path file = files.get(i);
                    updateMessage(messages.get("status.importingOf", file.getFileName(), i + 1, files.size()));
                    updateProgress(i, files.size());
                    try {
                        ImportResult result = context.importer().importFile(file);
                        lastId = result.report().id();
                        if (!result.structured()) {
                            problemsFound.add(messages.get("import.flat", file.getFileName()));
                        }
                    } catch (ImportRejectedException e) {
                        problemsFound.add(messages.get(e.problem().messageKey(), e.fileName()));
                    }
                }
                updateProgress(files.size(), files.size());
                lastImported = lastId;
                return problemsFound;
            }
        };
        task.setOnSucceeded(e -> finishImport(task.getValue()));
        task.setOnCancelled(e -> finishImport(List.of(messages.get("library.importCancelled"))));
        task.setOnFailed(e -> finishImport(List.of(messages.get("error.unexpected",
                task.getException().getClass().getSimpleName()))));
        importing.set(task);
        background.submit(task);
    }

    private volatile Long lastImported;

    private void finishImport(List<String> found) {
        importing.set(null);
        if (lastImported != null) {
            main.openReport(lastImported);
        }
        reload();
        if (!found.isEmpty()) {
            problems.accept(String.join("\n", found));
        } else {
            notices.accept(messages.get("library.imported"));
        }
    }

    /** Whether a plan was met: one year's plan beside the next year's review. Runs in the background. */
    public void track(TrackablePair pair, Consumer<List<TargetTracker.Tracked>> onResult) {
        background.run(() -> {
            ReportDocument plan = context.reports().load(pair.plan().id()).orElseThrow();
            ReportDocument review = context.reports().load(pair.review().id()).orElseThrow();
            return new TargetTracker().track(plan, CompareService.planOf(plan).orElseThrow(), review,
                    CompareService.reviewOf(review).orElseThrow());
        }, onResult, error -> problems.accept(ErrorMessages.describe(messages, error)));
    }

    public void reload() {
        record Loaded(List<Row> rows, List<TrackablePair> pairs) {
        }
        background.run(() -> {
            Map<Long, int[]> counts = context.reports().counts();
            List<Report> reports = context.reports().list();
            List<Row> list = new ArrayList<>();
            for (Report r : reports) {
                int[] c = counts.getOrDefault(r.id(), new int[2]);
                list.add(new Row(r, c[0], c[1]));
            }
            List<TrackablePair> found = org.policyexplorer.library.PlanReviewPairs.of(reports).stream()
                    .map(TrackablePair::of).toList();
            return new Loaded(list, found);
        }, loaded -> {
            rows.setAll(loaded.rows());
            pairs.setAll(loaded.pairs());
        }, error -> problems.accept(ErrorMessages.describe(messages, error)));
    }
}
