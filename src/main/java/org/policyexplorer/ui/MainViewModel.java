package org.policyexplorer.ui;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.policyexplorer.annotate.AnnotationService;
import org.policyexplorer.app.Messages;
import org.policyexplorer.domain.PartRole;
import org.policyexplorer.domain.Report;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.domain.Section;
import org.policyexplorer.domain.SectionKind;
import org.policyexplorer.library.LibraryService;
import org.policyexplorer.settings.Settings;
import org.policyexplorer.domain.OutlinePart;
import org.policyexplorer.ui.common.BackgroundWork;
import org.policyexplorer.app.ErrorMessages;

/**
 * The state of the main window: which report is open, which section is selected, what the status bar says.
 * Holds no scene-graph nodes; store work goes through {@link BackgroundWork}.
 */
public final class MainViewModel {
    private final LibraryService library;
    private final AnnotationService annotations;
    private final Settings settings;
    private final BackgroundWork background;
    private final Messages messages;
    private final ObjectProperty<ReportDocument> document = new SimpleObjectProperty<>();
    /** The selected section; null means the whole report. */
    private final ObjectProperty<Section> selectedSection = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    /** A passage to show highlighted in the reader ({start, end} in report chars), or null. */
    private final ObjectProperty<int[]> focus = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    /** The library's facets, which the library view edits and search, 趋势 and 目标 follow. */
    private final FacetState facets = new FacetState();
    private Consumer<String> warnings = message -> { };
    private Consumer<String> notices = message -> { };
    private java.util.function.Predicate<Report> newVersionQuestion = report -> false;
    private Runnable reportChanged = () -> { };
    /** The open report's parts as judged or corrected (role, year, confidence), by section id. */
    private final ObjectProperty<Map<Long, OutlinePart>> parts = new SimpleObjectProperty<>(Map.of());

    public MainViewModel(LibraryService library, AnnotationService annotations, Settings settings, Messages messages,
                         BackgroundWork background) {
        this.library = library;
        this.annotations = annotations;
        this.settings = settings;
        this.background = background;
        this.messages = messages;
        document.addListener((obs, old, doc) -> {
            status.set(summary(doc));
            loadParts(doc);
        });
    }

    public ObjectProperty<Map<Long, OutlinePart>> partsProperty() {
        return parts;
    }

    private void loadParts(ReportDocument doc) {
        if (doc == null) {
            parts.set(Map.of());
            return;
        }
        long id = doc.report().id();
        background.run(() -> library.parts(id), list -> {
            ReportDocument open = document.get();
            if (open != null && open.report().id() == id) {
                Map<Long, OutlinePart> byId = new LinkedHashMap<>();
                list.forEach(p -> byId.put(p.sectionId(), p));
                parts.set(byId);
            }
        }, this::failed);
    }

    /**
     * Sets a part's role and year as the user says; the report is read again, so the tree, 对照, 指标 and the
     * search scopes follow at once. The correction is kept for this text.
     */
    public void correctPart(Section part, PartRole role, Integer year) {
        ReportDocument doc = document.get();
        if (doc == null || part == null || part.kind() != SectionKind.PART) {
            return;
        }
        long reportId = doc.report().id();
        Section selected = selectedSection.get();
        busy.set(true);
        background.run(BackgroundWork.Lane.LONG, () -> {
            library.correctPart(reportId, part.id(), role, year);
            return library.document(reportId);
        }, fresh -> {
            busy.set(false);
            show(fresh, selected == null ? null : selected.id());
            notices.accept(messages.get("outline.corrected", part.title() == null ? "" : part.title(),
                    messages.get("role." + role.key()), year == null ? "—" : year.toString()));
        }, this::failed);
    }

    /** The one filter of the library's facets for the whole window. */
    public FacetState facets() {
        return facets;
    }

    public ObjectProperty<ReportDocument> documentProperty() {
        return document;
    }

    public ObjectProperty<Section> selectedSectionProperty() {
        return selectedSection;
    }

    public ObjectProperty<int[]> focusProperty() {
        return focus;
    }

    /** Opens a section in the reader with {@code [start, end)} of the report highlighted. */
    public void showPassage(long sectionId, int start, int end) {
        ReportDocument doc = document.get();
        if (doc == null) {
            return;
        }
        doc.findSection(sectionId).ifPresent(this::select);
        focus.set(new int[] {start, end});
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /**
     * Where to send messages that need the user's attention (a dialog) and ones that do not (status): for
     * this view-model and every other that tells the user something through it.
     */
    public void setMessageSinks(Consumer<String> warnings, Consumer<String> notices) {
        this.warnings = warnings;
        this.notices = notices;
    }

    /** Tells the user something that needs their attention. */
    public void warn(String message) {
        warnings.accept(message);
    }

    /** Tells the user, in passing, what was done. */
    public void notice(String message) {
        notices.accept(message);
    }

    public Messages messages() {
        return messages;
    }

    /** Shows a report that was loaded before the window opened (at start-up). */
    public void show(ReportDocument doc, Long sectionId) {
        document.set(doc);
        selectedSection.set(sectionId == null ? null : doc.findSection(sectionId).orElse(null));
    }

    public void select(Section section) {
        selectedSection.set(section);
        ReportDocument doc = document.get();
        if (doc != null) {
            String key = WindowState.lastSectionKey(doc.report().id());
            String value = section == null ? "" : Long.toString(section.id());
            background.runQuietly(() -> settings.putAll(Map.of(key, value,
                    WindowState.LAST_REPORT, Long.toString(doc.report().id()))));
        }
    }

    public void openReport(long reportId) {
        openReportAt(reportId, null);
    }

    /** Opens a report at a section (a search hit in another report), or where the user last read it. */
    public void openReportAt(long reportId, Long sectionId) {
        busy.set(true);
        background.run(() -> {
            ReportDocument doc = library.document(reportId);
            Long last = sectionId != null ? sectionId : WindowState.lastSection(settings, reportId);
            return new Opened(doc, last);
        }, opened -> {
            busy.set(false);
            show(opened.doc(), opened.lastSection());
        }, this::failed);
    }

    public void importFile(Path file) {
        busy.set(true);
        status.set(messages.get("status.importing", file.getFileName()));
        background.run(BackgroundWork.Lane.LONG, () -> library.importFile(file), (LibraryService.Imported imported) -> {
            busy.set(false);
            show(imported.document(), null);
            if (imported.earlierVersion() != null && newVersionQuestion.test(imported.earlierVersion())) {
                reanchor(imported.earlierVersion(), imported.document());
            } else if (!imported.result().created()) {
                notices.accept(messages.get("import.duplicate", imported.document().report().title()));
            } else if (!imported.result().structured()) {
                warnings.accept(messages.get("import.flat", file.getFileName()));
            } else {
                notices.accept(messages.get("import.done", imported.document().report().title()));
            }
        }, this::failed);
    }

    /** Moves the annotations of an earlier version onto the report just imported. */
    private void reanchor(Report earlier, ReportDocument newVersion) {
        busy.set(true);
        background.run(BackgroundWork.Lane.LONG, () -> {
            ReportDocument old = library.document(earlier.id());
            return annotations.reanchor(old, newVersion);
        }, moved -> {
            busy.set(false);
            notices.accept(messages.get("import.reanchored", moved.placed(), moved.orphaned()));
            reportChanged.run();
        }, this::failed);
    }

    /** Asked when an import looks like a new version of a report already here; true to carry annotations over. */
    public void setNewVersionQuestion(java.util.function.Predicate<Report> question, Runnable afterChange) {
        this.newVersionQuestion = question;
        this.reportChanged = afterChange;
    }

    /** The reports in the store, for the open dialog; fetched in the background. */
    public void listReports(Consumer<List<Report>> onLoaded) {
        background.run(library::list, onLoaded, this::failed);
    }

    private void failed(Throwable error) {
        busy.set(false);
        status.set(summary(document.get()));
        warnings.accept(describe(error));
    }

    /** A message for the user; the details go to the log. */
    String describe(Throwable error) {
        return ErrorMessages.describe(messages, error);
    }

    private String summary(ReportDocument doc) {
        if (doc == null) {
            return messages.get("status.loading");
        }
        int[] counts = new int[SectionKind.values().length];
        doc.allSections().forEach(s -> counts[s.kind().ordinal()]++);
        String summary = messages.get("status.summary", counts[SectionKind.PART.ordinal()],
                counts[SectionKind.CHAPTER.ordinal()], counts[SectionKind.TOPIC.ordinal()],
                doc.text().codePointCount(0, doc.text().length()));
        return doc.report().outlineUnsure() ? summary + messages.get("status.outlineUnsure") : summary;
    }

    private record Opened(ReportDocument doc, Long lastSection) {
    }
}
