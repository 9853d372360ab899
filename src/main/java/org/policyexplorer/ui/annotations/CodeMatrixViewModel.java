package org.policyexplorer.ui.annotations;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.policyexplorer.annotate.AnnotationService;
import org.policyexplorer.annotate.CodeMatrix;
import org.policyexplorer.annotate.TagService;
import org.policyexplorer.annotate.export.MatrixCsv;
import org.policyexplorer.app.ErrorMessages;
import org.policyexplorer.app.Messages;
import org.policyexplorer.domain.Annotation;
import org.policyexplorer.domain.Codebook;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.domain.Section;
import org.policyexplorer.library.LibraryService;
import org.policyexplorer.ui.MainViewModel;
import org.policyexplorer.ui.common.BackgroundWork;

/**
 * The code × report matrix of the whole library: coded passages per code per report, rolled up to parents or
 * not; a cell's passages listed, each a click from its place (opening its report first when another is open);
 * the matrix as CSV.
 */
public final class CodeMatrixViewModel {
    /** A passage of a cell, with the title of its report. */
    public record Passage(Annotation annotation, String reportTitle) {
    }

    private final AnnotationService annotations;
    private final TagService tags;
    private final LibraryService library;
    private final Messages messages;
    private final BackgroundWork background;
    private final MainViewModel main;
    private final ObjectProperty<CodeMatrix> matrix = new SimpleObjectProperty<>();
    private final BooleanProperty rollUp = new SimpleBooleanProperty(false);
    private final ObservableList<Passage> passages = FXCollections.observableArrayList();

    public CodeMatrixViewModel(AnnotationServices services, Messages messages, BackgroundWork background,
                               MainViewModel main) {
        this.annotations = services.annotations();
        this.tags = services.tags();
        this.library = services.library();
        this.messages = messages;
        this.background = background;
        this.main = main;
        rollUp.addListener((obs, old, now) -> reload());
    }

    public ObjectProperty<CodeMatrix> matrixProperty() {
        return matrix;
    }

    public BooleanProperty rollUpProperty() {
        return rollUp;
    }

    /** The passages of the cell chosen last. */
    public ObservableList<Passage> passages() {
        return passages;
    }

    /** Counts again (when the tab is shown, and after a change elsewhere). */
    public void reload() {
        boolean up = rollUp.get();
        background.run(() -> CodeMatrix.of(library.list(), annotations.list(null, null), tags.codebook(), up),
                matrix::set, this::failed);
    }

    /** Lists the passages a cell counts: a tag's (and with roll-up its children's) in one report, or in all (null). */
    public void select(String tag, Long reportId) {
        boolean up = rollUp.get();
        background.run(() -> {
            Codebook book = tags.codebook();
            Map<Long, String> titles = new HashMap<>();
            library.list().forEach(r -> titles.put(r.id(), r.title()));
            return annotations.listAnyOf(reportId, CodeMatrix.tagsOf(book, tag, up)).stream()
                    .map(a -> new Passage(a, titles.getOrDefault(a.reportId(), ""))).toList();
        }, passages::setAll, this::failed);
    }

    /** Shows a passage in the reader, opening its report first if another one is open. */
    public void open(Passage passage) {
        Annotation a = passage.annotation();
        if (a.status() != Annotation.Status.ANCHORED) {
            return;
        }
        ReportDocument open = main.documentProperty().get();
        if (open != null && open.report().id() == a.reportId()) {
            main.showPassage(sectionOf(open, a), a.start(), a.end());
            return;
        }
        ChangeListener<ReportDocument> once = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends ReportDocument> obs, ReportDocument old,
                                ReportDocument doc) {
                if (doc != null && doc.report().id() == a.reportId()) {
                    main.documentProperty().removeListener(this);
                    main.showPassage(sectionOf(doc, a), a.start(), a.end());
                }
            }
        };
        main.documentProperty().addListener(once);
        main.openReport(a.reportId());
    }

    /** The innermost section holding the passage (the first part when none does). */
    static long sectionOf(ReportDocument doc, Annotation a) {
        return doc.allSections().stream().filter(s -> s.start() <= a.start() && a.end() <= s.end())
                .reduce((outer, inner) -> inner).map(Section::id).orElse(doc.parts().get(0).id());
    }

    public void exportCsv(Path target) {
        CodeMatrix m = matrix.get();
        if (m == null) {
            return;
        }
        background.run(BackgroundWork.Lane.LONG, () -> {
            MatrixCsv.write(target, m, messages.get("matrix.code"), messages.get("matrix.total"));
            return target;
        }, path -> main.notice(messages.get("annotate.exported", path.getFileName())), this::failed);
    }

    private void failed(Throwable error) {
        main.warn(ErrorMessages.describe(messages, error));
    }

}
