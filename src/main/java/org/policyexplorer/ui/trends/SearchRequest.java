package org.policyexplorer.ui.trends;

/** Opens the search for a term in one report: what a click on a count, a line or a term asks the window. */
@FunctionalInterface
public interface SearchRequest {
    void search(long reportId, String term);
}
