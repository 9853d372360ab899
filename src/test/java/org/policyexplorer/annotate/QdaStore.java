package org.policyexplorer.annotate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.policyexplorer.annotate.export.AnnotationExports;
import org.policyexplorer.annotate.export.ReportAnnotations;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.app.Messages;
import org.policyexplorer.domain.Report;
import org.policyexplorer.domain.ReportDocument;

/** A real store wired as the application wires it, for export and import tests; exports go the one way all do. */
public final class QdaStore implements AutoCloseable {
    public final AppContext context;

    public QdaStore(Path file) {
        context = new AppContext(file, new Messages(Locale.SIMPLIFIED_CHINESE));
    }

    public ReportDocument importText(String text, String name) throws Exception {
        long id = context.library().importBytes(text.getBytes(StandardCharsets.UTF_8), name).report().id();
        return context.library().document(id);
    }

    /** Every report with its annotations and memo, as the export command gathers them. */
    public List<ReportAnnotations> all() {
        List<ReportAnnotations> sets = new ArrayList<>();
        for (Report r : context.library().list()) {
            sets.add(new ReportAnnotations(context.library().document(r.id()), context.annotations().list(r.id(), null),
                    context.memos().reportMemo(r.id())));
        }
        return sets;
    }

    public Path export(AnnotationExports.Format format, Path target) throws AnnotationException {
        AnnotationExports.write(format, target, all(), context.tags().codebook(),
                new AnnotationExports.Labels("孤立", "文库", "备忘", "编码"));
        return target;
    }

    @Override
    public void close() {
        context.close();
    }
}
