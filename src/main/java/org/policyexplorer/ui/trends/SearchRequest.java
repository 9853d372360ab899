package org.policyexplorer.ui.trends;

/** Opens a report with a term searched in it: what a click on a count, a line or a term asks the window. */
@FunctionalInterface
public interface SearchRequest {
    /** @param sectionId the section to open at (a concordance line's), or null for where the report opens */
    void search(long reportId, String term, Long sectionId);

    default void search(long reportId, String term) {
        search(reportId, term, null);
    }
}
