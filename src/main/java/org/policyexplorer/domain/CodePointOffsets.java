package org.policyexplorer.domain;

import java.util.Arrays;

/**
 * Converts Java char offsets of one text into Unicode code point offsets, as every export and the CLI's
 * JSON count them. Precomputes where the surrogate pairs are, so each conversion is a binary search.
 */
public final class CodePointOffsets {
    private final int[] lowSurrogates;

    public CodePointOffsets(String text) {
        int[] found = new int[16];
        int n = 0;
        for (int i = 1; i < text.length(); i++) {
            if (Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1))) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = i;
            }
        }
        lowSurrogates = Arrays.copyOf(found, n);
    }

    /** The code point offset of the given char offset. */
    public int toCodePoints(int charOffset) {
        int idx = Arrays.binarySearch(lowSurrogates, charOffset);
        // pairs whose second half lies before charOffset each count one char too many
        int pairsBefore = idx >= 0 ? idx : -idx - 1;
        return charOffset - pairsBefore;
    }

    /** The char offset of the given code point offset. */
    public int toChars(int codePointOffset) {
        int pairsBefore = 0;
        // pair k starts (its high surrogate) at code point index lowSurrogates[k] - 1 - k
        while (pairsBefore < lowSurrogates.length
                && lowSurrogates[pairsBefore] - 1 - pairsBefore < codePointOffset) {
            pairsBefore++;
        }
        return codePointOffset + pairsBefore;
    }
}
