package org.policyexplorer.search;

import java.util.List;

/**
 * A section with hits.
 *
 * @param count       occurrences of the query's terms in the section (non-overlapping, left to right, per term)
 * @param snippet     text around the first hit, hits wrapped in 【】
 * @param occurrences where to highlight, in order, not overlapping
 */
public record SearchHit(long reportId, long sectionId, int count, String snippet, List<Occurrence> occurrences) {

    public SearchHit {
        occurrences = List.copyOf(occurrences);
    }
}
