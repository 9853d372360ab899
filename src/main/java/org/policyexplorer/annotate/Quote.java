package org.policyexplorer.annotate;

import org.policyexplorer.domain.Annotation;

/**
 * The W3C TextQuoteSelector of a passage: the exact text, and up to {@link Annotation#CONTEXT} code points on
 * each side. Never cuts a surrogate pair.
 */
public record Quote(String exact, String prefix, String suffix) {

    public static Quote of(String text, int start, int end) {
        int from = start;
        for (int n = 0; n < Annotation.CONTEXT && from > 0; n++) {
            from = text.offsetByCodePoints(from, -1);
        }
        int to = end;
        for (int n = 0; n < Annotation.CONTEXT && to < text.length(); n++) {
            to = text.offsetByCodePoints(to, 1);
        }
        return new Quote(text.substring(start, end), text.substring(from, start), text.substring(end, to));
    }
}
