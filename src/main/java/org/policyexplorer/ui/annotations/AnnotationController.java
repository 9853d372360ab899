package org.policyexplorer.ui.annotations;

import org.policyexplorer.annotate.export.AnnotationExports;
import java.io.File;
import java.util.List;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.policyexplorer.annotate.AnnotationImporter;
import org.policyexplorer.annotate.AnnotationService;
import org.policyexplorer.app.Messages;
import org.policyexplorer.domain.Annotation;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.ui.MainViewModel;
import org.policyexplorer.ui.common.Dialogs;

/** The window's side of annotating: the dialog for a selection, editing, navigation, export and import. */
public final class AnnotationController implements AnnotationsView.AnnotationActions {
    private final AnnotationsViewModel model;
    private final MainViewModel main;
    /** The reader's selection as {start, end} in report chars, or null when nothing is selected. */
    private final Supplier<int[]> selection;
    private final Messages messages;
    private final Supplier<Window> window;
    private final Runnable showReader;

    public AnnotationController(AnnotationsViewModel model, MainViewModel main, Supplier<int[]> selection,
                                Messages messages, Supplier<Window> window, Runnable showReader) {
        this.model = model;
        this.main = main;
        this.selection = selection;
        this.messages = messages;
        this.window = window;
        this.showReader = showReader;
    }

    /** Annotates what is selected in the reader; an empty selection gets a message, not a dialog. */
    public void annotateSelection() {
        int[] range = selection.get();
        ReportDocument doc = main.documentProperty().get();
        if (range == null || doc == null || doc.text().substring(range[0], range[1]).isBlank()) {
            Dialogs.inform(window.get(), messages, messages.get("annotate.problem.empty_selection"));
            return;
        }
        String quote = doc.text().substring(range[0], range[1]);
        AnnotateDialog dialog = new AnnotateDialog(messages, quote,
                new AnnotateDialog.Input("", List.of(), AnnotationService.DEFAULT_COLOR), List.copyOf(model.tags()));
        dialog.initOwner(window.get());
        dialog.showAndWait().ifPresent(in -> model.create(range[0], range[1], in.note(), in.tags(), in.colour()));
    }

    @Override
    public void open(Annotation a) {
        if (a.status() == Annotation.Status.ANCHORED) {
            main.showPassage(sectionOf(a), a.start(), a.end());
            showReader.run();
        }
    }

    private long sectionOf(Annotation a) {
        ReportDocument doc = main.documentProperty().get();
        return doc.allSections().stream().filter(s -> s.start() <= a.start() && a.end() <= s.end())
                .reduce((outer, inner) -> inner).map(s -> s.id()).orElse(doc.parts().get(0).id());
    }

    @Override
    public void edit(Annotation a) {
        if (a == null) {
            return;
        }
        AnnotateDialog dialog = new AnnotateDialog(messages, a.exact(), new AnnotateDialog.Input(a.note(), a.tags(),
                a.color()), List.copyOf(model.tags()));
        dialog.initOwner(window.get());
        dialog.showAndWait().ifPresent(in -> model.update(a, in.note(), in.tags(), in.colour()));
    }

    @Override
    public void export(AnnotationExports.Format format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("annotations.export"));
        chooser.getExtensionFilters().add(AnnotationsView.filterOf(format));
        chooser.setInitialFileName(messages.get("annotations.export.fileName") + "." + format.extension());
        File file = chooser.showSaveDialog(window.get());
        if (file != null) {
            model.export(format, file.toPath());
        }
    }

    /** Asks for a W3C file or a REFI-QDA project and imports it; what the import says is shown in a dialog. */
    @Override
    public void importW3c() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("annotations.import"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("annotations.import.kinds"),
                AnnotationImporter.EXTENSIONS.stream().sorted().map(e -> "*." + e).toList()));
        chooser.getExtensionFilters().add(AnnotationsView.filterOf(AnnotationExports.Format.W3C));
        chooser.getExtensionFilters().add(AnnotationsView.filterOf(AnnotationExports.Format.QDPX));
        File file = chooser.showOpenDialog(window.get());
        if (file != null) {
            model.importFile(file.toPath(), said -> Dialogs.inform(window.get(), messages, said));
        }
    }

    @Override
    public void openPassage(CodeMatrixViewModel.Passage passage) {
        if (passage.annotation().status() == Annotation.Status.ANCHORED) {
            model.matrix().open(passage);
            showReader.run();
        }
    }

    @Override
    public void exportMatrix() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("matrix.exportCsv"));
        chooser.getExtensionFilters().add(AnnotationsView.filterOf(AnnotationExports.Format.CSV));
        chooser.setInitialFileName(messages.get("annotations.tab.matrix").replace(" × ", "-") + ".csv");
        File file = chooser.showSaveDialog(window.get());
        if (file != null) {
            model.matrix().exportCsv(file.toPath());
        }
    }
}
