package org.policyexplorer.app.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.policyexplorer.annotate.AnnotationException;
import org.policyexplorer.annotate.AnnotationPaths;
import org.policyexplorer.app.AppContext;
import org.policyexplorer.domain.Annotation;
import org.policyexplorer.domain.CodePointOffsets;
import org.policyexplorer.domain.ReportDocument;

/** The CLI's JSON of an annotation; offsets in code points. */
final class AnnotationJson {
    private AnnotationJson() {
    }

    static Map<String, Object> of(ReportDocument doc, Annotation a) {
        CodePointOffsets offsets = new CodePointOffsets(doc.text());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("report", a.reportId());
        m.put("start", offsets.toCodePoints(a.start()));
        m.put("end", offsets.toCodePoints(a.end()));
        m.put("exact", a.exact());
        m.put("prefix", a.prefix());
        m.put("suffix", a.suffix());
        m.put("note", a.note());
        m.put("tags", a.tags());
        m.put("color", a.color());
        m.put("status", a.status().key());
        m.put("path", AnnotationPaths.of(doc, a));
        return m;
    }

    static UserError userError(AppContext context, AnnotationException e) {
        return new UserError(context.messages().get(e.problem().messageKey(), e.detail()));
    }
}
