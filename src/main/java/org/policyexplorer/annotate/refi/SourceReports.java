package org.policyexplorer.annotate.refi;

import org.policyexplorer.annotate.AnnotationException;
import org.policyexplorer.domain.ReportDocument;

/**
 * Where a project's text sources become reports: the library finds the report with the same text (by its hash)
 * or imports the text as a new one. Given by the wiring, so that annotating needs no part of the library; it is
 * called inside the import's transaction, so a report it adds goes if the import fails.
 */
@FunctionalInterface
public interface SourceReports {
    /** The report this text is, and whether it was added now. */
    record Found(ReportDocument document, boolean created) {
    }

    /**
     * @param name  the source's name in the project (a title when the text has none of its own)
     * @param bytes the text, UTF-8
     * @throws AnnotationException {@code BAD_SOURCE} when the text cannot be a report
     */
    Found findOrImport(String name, byte[] bytes) throws AnnotationException;
}
