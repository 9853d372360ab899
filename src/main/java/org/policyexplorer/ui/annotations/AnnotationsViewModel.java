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
import org.policyexplorer.annotate.export.CsvExport;
import org.policyexplorer.annotate.export.MarkdownExport;
import org.policyexplorer.annotate.export.QdpxExport;
import org.policyexplorer.annotate.export.ReportAnnotations;
import org.policyexplorer.annotate.export.W3cAnnotations;
import org.policyexplorer.app.AppContext;
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
    /** Export formats, as the menu offers them. */
    public enum Format { CSV, MD, W3C, QDPX }

    private final AppContext context;
    private final BackgroundWork background;
    private final MainViewModel main;
    private final Messages messages;
    private final ObservableList<Annotation> annotations = FXCollections.observableArrayList();
    private final FilteredList<Annotation> shown = new FilteredList<>(annotations);
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final StringProperty textFilter = new SimpleStringProperty("");
    private final ObjectProperty<String> tagFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Annotation> lastDeleted = new SimpleObjectProperty<>();
    private Consumer<String> problems = text -> { };
    private Consumer<String> notices = text -> { };

    public AnnotationsViewModel(AppContext context, BackgroundWork background, MainViewModel main) {
        this.context = context;
        this.background = background;
        this.main = main;
        this.messages = context.messages();
        main.documentProperty().addListener((obs, old, doc) -> reload());
        textFilter.addListener((obs, old, t) -> refilter());
        tagFilter.addListener((obs, old, t) -> refilter());
        reload();
    }

    public void setMessageSinks(Consumer<String> problemSink, Consumer<String> noticeSink) {
        this.problems = problemSink;
        this.notices = noticeSink;
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
        write(() -> context.annotations().create(doc, start, end, note, tagList, colour), "annotate.saved");
    }

    public void update(Annotation a, String note, List<String> tagList, String colour) {
        write(() -> context.annotations().update(a.id(), note, tagList, colour), "annotate.saved");
    }

    public void delete(Annotation a) {
        write(() -> {
            context.annotations().delete(a.id());
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
                context.annotations().undoDelete(a.id());
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
            context.annotations().renameTag(from, to.strip());
            return null;
        }, "annotate.saved");
    }

    public void deleteTag(String tag) {
        write(() -> {
            context.annotations().deleteTag(tag);
            return null;
        }, "annotate.saved");
    }

    public void export(Format format, Path target) {
        ReportDocument doc = main.documentProperty().get();
        List<Annotation> list = List.copyOf(annotations);
        if (doc == null) {
            return;
        }
        background.run(() -> {
            List<ReportAnnotations> sets = List.of(new ReportAnnotations(doc, list));
            switch (format) {
                case CSV -> CsvExport.write(target, sets);
                case MD -> MarkdownExport.write(target, sets, messages.get("annotate.orphaned"));
                case W3C -> W3cAnnotations.write(target, sets);
                case QDPX -> QdpxExport.write(target, sets, doc.report().title());
                default -> throw new IllegalStateException(format.toString());
            }
            return target;
        }, path -> notices.accept(messages.get("annotate.exported", path.getFileName())), this::failed);
    }

    public void importW3c(Path file) {
        background.run(() -> context.annotationImporter().importW3c(file), (AnnotationImporter.Result r) -> {
            notices.accept(messages.get("annotate.imported", r.added(), r.duplicates(), r.orphaned()));
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
        background.run(() -> {
            work.run();
            return load();
        }, loaded -> {
            apply(loaded);
            notices.accept(messages.get(noticeKey));
        }, this::failed);
    }

    private void failed(Throwable error) {
        if (error instanceof AnnotationException e) {
            problems.accept(messages.get(e.problem().messageKey(), e.detail()));
        } else {
            problems.accept(messages.get("error.unexpected", error.getClass().getSimpleName()));
        }
    }

    /** Reads the open report's annotations again (after another part of the window changed them). */
    public void reload() {
        background.run(this::load, this::apply, this::failed);
    }

    private record Loaded(List<Annotation> annotations, List<String> tags) {
    }

    private Loaded load() {
        ReportDocument doc = main.documentProperty().get();
        List<Annotation> list = doc == null ? List.of() : context.annotations().list(doc.report().id(), null);
        return new Loaded(list, new ArrayList<>(context.annotations().tagCounts().keySet()));
    }

    private void apply(Loaded loaded) {
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
