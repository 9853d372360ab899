package org.policyexplorer.app.cli;

import java.util.List;
import org.policyexplorer.annotate.AnnotationException;
import org.policyexplorer.annotate.AnnotationPaths;
import org.policyexplorer.annotate.export.AnnotationExports;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.app.Messages;
import org.policyexplorer.domain.Annotation;
import org.policyexplorer.domain.CodePointOffsets;
import org.policyexplorer.domain.ReportDocument;

/** The CLI's JSON of an annotation ({@code annotate}, {@code annotations}, {@code edit-annotation}); offsets in code points. */
record AnnotationJson(long id, long report, int start, int end, String exact, String prefix, String suffix,
                      String note, List<String> tags, String color, String status, List<String> path) {

    static AnnotationJson of(ReportDocument doc, Annotation a) {
        CodePointOffsets offsets = new CodePointOffsets(doc.text());
        return new AnnotationJson(a.id(), a.reportId(), offsets.toCodePoints(a.start()), offsets.toCodePoints(a.end()),
                a.exact(), a.prefix(), a.suffix(), a.note(), a.tags(), a.color(), a.status().key(),
                AnnotationPaths.of(doc, a));
    }

    static UserError userError(AppContext context, AnnotationException e) {
        return new UserError(context.messages().get(e.problem().messageKey(), e.args()));
    }

    /** The words exports need, in the user's language. */
    static AnnotationExports.Labels labels(Messages messages) {
        return new AnnotationExports.Labels(messages.get("annotate.orphaned"), messages.get("app.title"),
                messages.get("annotate.memo"), messages.get("annotate.codes"));
    }
}
