package org.policyexplorer.annotate.export;

import java.util.List;
import org.policyexplorer.domain.Annotation;
import org.policyexplorer.domain.CodePointOffsets;
import org.policyexplorer.domain.ReportDocument;

/**
 * One report with its annotations and its memo ("" for none), as exports take them; offsets are converted to
 * code points here.
 */
public record ReportAnnotations(ReportDocument document, List<Annotation> annotations, String memo) {

    public ReportAnnotations {
        annotations = List.copyOf(annotations);
        memo = memo == null ? "" : memo;
    }

    public ReportAnnotations(ReportDocument document, List<Annotation> annotations) {
        this(document, annotations, "");
    }

    public CodePointOffsets offsets() {
        return new CodePointOffsets(document.text());
    }

    /** The IRI of the report's text, stable across stores: the hash of the text. */
    public String sourceIri() {
        return "urn:policy-explorer:report:" + document.report().sha256();
    }
}
