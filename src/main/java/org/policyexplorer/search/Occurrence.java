package org.policyexplorer.search;

/**
 * One place a search term was found: {@code [start, end)} in Java chars of the report text, and the same in
 * Unicode code points for exports and the CLI.
 */
public record Occurrence(int start, int end, int codePointStart, int codePointEnd) {
}
