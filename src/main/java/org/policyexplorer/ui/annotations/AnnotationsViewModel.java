package org.policyexplorer.ui.annotations;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
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
import org.policyexplorer.annotate.export.AnnotationExports;
import org.policyexplorer.annotate.export.ReportAnnotations;
import org.policyexplorer.app.ErrorMessages;
import org.policyexplorer.app.Messages;
import org.policyexplorer.domain.Annotation;
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

    public AnnotationsViewModel(AnnotationService service, AnnotationImporter importer, Messages messages,
                                BackgroundWork background, MainViewModel main) {
        this.service = service;
        this.importer = importer;
        this.background = background;
        this.main = main;
        this.messages = messages;
        main.documentProperty().addListener((obs, old, doc) -> reload());
        textFilter.addListener((obs, old, t) -> refilter());
        tagFilter.addListener((obs, old, t) -> refilter());
        reload();
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

    /** Renames a tag everywhere; onto an existing tag, the two merge. */
    public void renameTag(String from, String to) {
        if (to == null || to.isBlank() || to.strip().equals(from)) {
            return;
        }
        write(() -> {
            service.renameTag(from, to.strip());
            return null;
        }, "annotate.saved");
    }

    public void deleteTag(String tag) {
        write(() -> {
            service.deleteTag(tag);
            return null;
        }, "annotate.saved");
    }

    public void export(AnnotationExports.Format format, Path target) {
        ReportDocument doc = main.documentProperty().get();
        List<Annotation> list = List.copyOf(annotations);
        if (doc == null) {
            return;
        }
        background.run(BackgroundWork.Lane.LONG, () -> {
            AnnotationExports.write(format, target, List.of(new ReportAnnotations(doc, list)),
                    new AnnotationExports.Labels(messages.get("annotate.orphaned"), messages.get("app.title")));
            return target;
        }, path -> main.notice(messages.get("annotate.exported", path.getFileName())), this::failed);
    }

    public void importW3c(Path file) {
        background.run(BackgroundWork.Lane.LONG, () -> importer.importW3c(file), (AnnotationImporter.Result r) -> {
            main.notice(messages.get("annotate.imported", r.added(), r.duplicates(), r.orphaned()));
            reload();
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
        for (Annotation a : annotations) {
            String chapter = AnnotationPaths.chapterOf(doc, a);
            for (String tag : a.tags()) {
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

    private record Loaded(long reportId, List<Annotation> annotations, List<String> tags) {
    }

    /** Runs on the worker: it is given the report, and reads no property. */
    private Loaded load(ReportDocument doc) {
        List<Annotation> list = doc == null ? List.of() : service.list(doc.report().id(), null);
        return new Loaded(doc == null ? -1 : doc.report().id(), list, new ArrayList<>(service.tagCounts().keySet()));
    }

    private void apply(Loaded loaded) {
        ReportDocument open = main.documentProperty().get();
        if (loaded.reportId() != (open == null ? -1 : open.report().id())) {
            return; // another report was opened meanwhile; its own load follows
        }
        annotations.setAll(loaded.annotations());
        String keep = tagFilter.get();
        tags.setAll(loaded.tags());
        if (keep != null && !tags.contains(keep)) {
            tagFilter.set(null);
        }
    }

    private void refilter() {
        String text = textFilter.get() == null ? "" : textFilter.get().strip().toLowerCase(Locale.ROOT);
        String tag = tagFilter.get();
        shown.setPredicate(a -> (tag == null || a.tags().contains(tag)) && (text.isEmpty()
                || a.exact().toLowerCase(Locale.ROOT).contains(text) || a.note().toLowerCase(Locale.ROOT).contains(text)
                || String.join(" ", a.tags()).toLowerCase(Locale.ROOT).contains(text)));
    }
}
