package org.policyexplorer.ui.annotations;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.policyexplorer.annotate.AnnotationException;
import org.policyexplorer.annotate.AnnotationImporter;
import org.policyexplorer.annotate.AnnotationPaths;
import org.policyexplorer.annotate.AnnotationService;
import org.policyexplorer.annotate.CodeMatrix;
import org.policyexplorer.annotate.MemoService;
import org.policyexplorer.annotate.TagService;
import org.policyexplorer.annotate.export.AnnotationExports;
import org.policyexplorer.annotate.export.ReportAnnotations;
import org.policyexplorer.app.ErrorMessages;
import org.policyexplorer.app.Messages;
import org.policyexplorer.domain.Annotation;
import org.policyexplorer.domain.Codebook;
import org.policyexplorer.domain.Tag;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.ui.MainViewModel;
import org.policyexplorer.ui.common.BackgroundWork;

/**
 * The open report's annotations for the reader, the 批注 tab and the menus: kept fresh after every change,
 * filtered by text and tag; every write runs in the background and is one transaction; the last delete can
 * be undone.
 */
public final class AnnotationsViewModel {
    private final AnnotationService service;
    private final TagService tagService;
    private final MemoService memos;
    private final AnnotationImporter importer;
    private final BackgroundWork background;
    private final MainViewModel main;
    private final Messages messages;
    private final ObservableList<Annotation> annotations = FXCollections.observableArrayList();
    private final FilteredList<Annotation> shown = new FilteredList<>(annotations);
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final StringProperty textFilter = new SimpleStringProperty("");
    private final ObjectProperty<String> tagFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Annotation> lastDeleted = new SimpleObjectProperty<>();
    private final ObjectProperty<Codebook> codebook = new SimpleObjectProperty<>(Codebook.empty());
    /** Whether the tag filter also shows the passages of the tags under the chosen one. */
    private final BooleanProperty withChildren = new SimpleBooleanProperty(true);
    /** Whether the chart counts passages under their top-level tag instead of each tag. */
    private final BooleanProperty chartRollUp = new SimpleBooleanProperty(false);
    /** The open report's memo as stored. */
    private final StringProperty reportMemo = new SimpleStringProperty("");
    private final CodeMatrixViewModel matrix;

    public AnnotationsViewModel(AnnotationServices services, Messages messages, BackgroundWork background,
                                MainViewModel main) {
        this.service = services.annotations();
        this.tagService = services.tags();
        this.memos = services.memos();
        this.importer = services.importer();
        this.background = background;
        this.main = main;
        this.messages = messages;
        this.matrix = new CodeMatrixViewModel(services, messages, background, main);
        main.documentProperty().addListener((obs, old, doc) -> reload());
        textFilter.addListener((obs, old, t) -> refilter());
        tagFilter.addListener((obs, old, t) -> refilter());
        withChildren.addListener((obs, old, t) -> refilter());
        reload();
    }

    /** The code × report matrix of the whole library. */
    public CodeMatrixViewModel matrix() {
        return matrix;
    }

    /** The tags as a tree (parents, colours, memos, counts), fresh after every change. */
    public ObjectProperty<Codebook> codebookProperty() {
        return codebook;
    }

    public BooleanProperty withChildrenProperty() {
        return withChildren;
    }

    public BooleanProperty chartRollUpProperty() {
        return chartRollUp;
    }

    public StringProperty reportMemoProperty() {
        return reportMemo;
    }

    /** All annotations of the open report, in text order (for highlighting). */
    public ObservableList<Annotation> all() {
        return annotations;
    }

    /** Those that pass the filters (for the list). */
    public ObservableList<Annotation> shown() {
        return shown;
    }

    public ObservableList<String> tags() {
        return tags;
    }

    public StringProperty textFilterProperty() {
        return textFilter;
    }

    public ObjectProperty<String> tagFilterProperty() {
        return tagFilter;
    }

    public ObjectProperty<Annotation> lastDeletedProperty() {
        return lastDeleted;
    }

    public String pathOf(Annotation a) {
        ReportDocument doc = main.documentProperty().get();
        return doc == null ? "" : String.join(" › ", AnnotationPaths.of(doc, a));
    }

    /** Annotates {@code [start, end)} of the report; saved at once. */
    public void create(int start, int end, String note, List<String> tagList, String colour) {
        ReportDocument doc = main.documentProperty().get();
        if (doc == null) {
            return;
        }
        write(() -> service.create(doc, start, end, note, tagList, colour), "annotate.saved");
    }

    public void update(Annotation a, String note, List<String> tagList, String colour) {
        write(() -> service.update(a.id(), note, tagList, colour), "annotate.saved");
    }

    public void delete(Annotation a) {
        write(() -> {
            service.delete(a.id());
            return a;
        }, "annotate.deleted");
        lastDeleted.set(a);
    }

    /** Brings back the annotation deleted last. */
    public void undoDelete() {
        Annotation a = lastDeleted.get();
        if (a != null) {
            lastDeleted.set(null);
            write(() -> {
                service.undoDelete(a.id());
                return a;
            }, "annotate.restored");
        }
    }

    /** Renames a tag everywhere; onto an existing tag, the two merge (their children too). */
    public void renameTag(String from, String to) {
        if (to == null || to.isBlank() || to.strip().equals(from)) {
            return;
        }
        write(() -> {
            tagService.rename(from, to.strip());
            return null;
        }, "annotate.saved");
    }

    /** Takes a tag off every annotation; the tags under it move up to its parent. */
    public void deleteTag(String tag) {
        write(() -> {
            tagService.delete(tag);
            return null;
        }, "annotate.saved");
    }

    /** Puts a tag under another (null or blank: at the top); refused, with a message, under its own children. */
    public void moveTag(String tag, String parent) {
        write(() -> {
            tagService.move(tag, parent);
            return null;
        }, "annotate.saved");
    }

    public void colorTag(String tag, String color) {
        write(() -> {
            tagService.color(tag, color);
            return null;
        }, "annotate.saved");
    }

    public void saveTagMemo(String tag, String memo) {
        write(() -> {
            memos.setTagMemo(tag, memo);
            return null;
        }, "annotate.memoSaved");
    }

    /** Saves the open report's memo. */
    public void saveReportMemo(String memo) {
        ReportDocument doc = main.documentProperty().get();
        if (doc == null) {
            return;
        }
        write(() -> {
            memos.setReportMemo(doc.report().id(), memo);
            return null;
        }, "annotate.memoSaved");
    }

    public void export(AnnotationExports.Format format, Path target) {
        ReportDocument doc = main.documentProperty().get();
        List<Annotation> list = List.copyOf(annotations);
        if (doc == null) {
            return;
        }
        background.run(BackgroundWork.Lane.LONG, () -> {
            AnnotationExports.write(format, target, List.of(new ReportAnnotations(doc, list,
                    memos.reportMemo(doc.report().id()))), tagService.codebook(), labels(messages));
            return target;
        }, path -> main.notice(messages.get("annotate.exported", path.getFileName())), this::failed);
    }

    /** The words exports need, in the user's language. */
    static AnnotationExports.Labels labels(Messages messages) {
        return new AnnotationExports.Labels(messages.get("annotate.orphaned"), messages.get("app.title"),
                messages.get("annotate.memo"), messages.get("annotate.codes"));
    }

    /**
     * Imports a W3C file or a REFI-QDA project; what it says (counts, and each item it could not take as it
     * was) goes to {@code report}, for a dialog. A project may bring reports: the library's lists follow.
     */
    public void importFile(Path file, Consumer<String> report) {
        background.run(BackgroundWork.Lane.LONG, () -> importer.importFile(file), (AnnotationImporter.Result r) -> {
            String summary = messages.get("annotate.imported", r.added(), r.duplicates(), r.orphaned());
            main.notice(summary);
            List<String> lines = new ArrayList<>();
            lines.add(summary);
            if (r.reportsAdded() + r.reportsFound() > 0) { // a project: what it brought besides annotations
                lines.add(messages.get("annotate.imported.more", r.reportsAdded(), r.reportsFound(), r.tagsAdded(),
                        r.memos()));
            }
            r.notes().forEach(n -> lines.add(messages.get(n.key(), n.args().toArray())));
            report.accept(String.join("\n", lines));
            reload();
            matrix.reload();
        }, this::failed);
    }

    /** The chapters that hold annotations, in the order of the report. */
    public List<String> chaptersInOrder() {
        ReportDocument doc = main.documentProperty().get();
        List<String> chapters = new ArrayList<>();
        if (doc != null) {
            for (Annotation a : annotations) {
                String chapter = AnnotationPaths.chapterOf(doc, a);
                String label = chapter.isEmpty() ? messages.get("annotate.noChapter") : chapter;
                if (!a.tags().isEmpty() && !chapters.contains(label)) {
                    chapters.add(label);
                }
            }
        }
        return chapters;
    }

    /** How many annotations of each tag fall in each chapter: the code-frequency view. */
    public Map<String, Map<String, Integer>> tagsByChapter() {
        ReportDocument doc = main.documentProperty().get();
        Map<String, Map<String, Integer>> counts = new java.util.LinkedHashMap<>();
        if (doc == null) {
            return counts;
        }
        Codebook book = codebook.get();
        boolean rollUp = chartRollUp.get();
        for (Annotation a : annotations) {
            String chapter = AnnotationPaths.chapterOf(doc, a);
            // rolled up, a passage with two tags under one top-level tag counts once for it
            java.util.Set<String> series = new java.util.LinkedHashSet<>();
            a.tags().forEach(tag -> series.add(rollUp ? book.rootOf(tag) : tag));
            for (String tag : series) {
                counts.computeIfAbsent(tag, t -> new java.util.LinkedHashMap<>()).merge(
                        chapter.isEmpty() ? messages.get("annotate.noChapter") : chapter, 1, Integer::sum);
            }
        }
        return counts;
    }

    private interface Write<T> {
        T run() throws AnnotationException;
    }

    private <T> void write(Write<T> work, String noticeKey) {
        ReportDocument doc = main.documentProperty().get(); // read here, on the FX thread, not by the worker
        background.run(() -> {
            work.run();
            return load(doc);
        }, loaded -> {
            apply(loaded);
            main.notice(messages.get(noticeKey));
        }, this::failed);
    }

    private void failed(Throwable error) {
        main.warn(ErrorMessages.describe(messages, error));
    }

    /** Reads the open report's annotations again (after another part of the window changed them). */
    public void reload() {
        ReportDocument doc = main.documentProperty().get();
        background.run(() -> load(doc), this::apply, this::failed);
    }

    private record Loaded(long reportId, List<Annotation> annotations, Codebook codebook, String memo) {
    }

    /** Runs on the worker: it is given the report, and reads no property. */
    private Loaded load(ReportDocument doc) {
        List<Annotation> list = doc == null ? List.of() : service.list(doc.report().id(), null);
        return new Loaded(doc == null ? -1 : doc.report().id(), list, tagService.codebook(),
                doc == null ? "" : memos.reportMemo(doc.report().id()));
    }

    private void apply(Loaded loaded) {
        ReportDocument open = main.documentProperty().get();
        if (loaded.reportId() != (open == null ? -1 : open.report().id())) {
            return; // another report was opened meanwhile; its own load follows
        }
        annotations.setAll(loaded.annotations());
        String keep = tagFilter.get();
        codebook.set(loaded.codebook());
        reportMemo.set(loaded.memo());
        tags.setAll(loaded.codebook().tags().stream().map(Tag::name).toList());
        if (keep != null && !tags.contains(keep)) {
            tagFilter.set(null);
        }
        refilter();
    }

    private void refilter() {
        String text = textFilter.get() == null ? "" : textFilter.get().strip().toLowerCase(Locale.ROOT);
        String tag = tagFilter.get();
        java.util.Set<String> wanted = tag == null ? java.util.Set.of()
                : CodeMatrix.tagsOf(codebook.get(), tag, withChildren.get());
        shown.setPredicate(a -> (tag == null || a.tags().stream().anyMatch(wanted::contains)) && (text.isEmpty()
                || a.exact().toLowerCase(Locale.ROOT).contains(text) || a.note().toLowerCase(Locale.ROOT).contains(text)
                || String.join(" ", a.tags()).toLowerCase(Locale.ROOT).contains(text)));
    }
}
