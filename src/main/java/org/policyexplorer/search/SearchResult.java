package org.policyexplorer.search;

import java.util.List;

/**
 * The answer to a search: the total count over everything that matched, and the first hits.
 *
 * @param total            occurrences of the query's terms in all matching sections
 * @param sectionsWithHits how many sections matched
 */
public record SearchResult(String query, int total, int sectionsWithHits, long tookMs, List<SearchHit> hits) {

    public SearchResult {
        hits = List.copyOf(hits);
    }

    public static SearchResult empty(String query) {
        return new SearchResult(query, 0, 0, 0, List.of());
    }
}
