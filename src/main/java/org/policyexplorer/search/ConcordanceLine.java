package org.policyexplorer.search;

/**
 * One occurrence in context (keyword in context): the words before it and after it within its paragraph.
 *
 * @param occurrence where the term stands in the report
 * @param left       up to the context width before it, line breaks as spaces
 * @param right      up to the context width after it
 */
public record ConcordanceLine(long reportId, long sectionId, Occurrence occurrence, String left, String match,
                              String right) {
}
