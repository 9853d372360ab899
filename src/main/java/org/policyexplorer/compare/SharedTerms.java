package org.policyexplorer.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The informative words two passages share, as ranges in each: the longest runs of Chinese characters found
 * in both, kept when at least one of their character pairs is rare among the units compared (so 河长制 and
 * 沪通铁路 are kept, 加快推进 is not).
 *
 * @param terms        the shared words, longest first
 * @param reviewRanges [start, end) char ranges in the review text
 * @param planRanges   [start, end) char ranges in the plan text
 */
public record SharedTerms(List<String> terms, List<int[]> reviewRanges, List<int[]> planRanges) {
    static final int MAX_TERM = 12;
    /** A pair found in more than about one unit in six says little. */
    static final double MIN_IDF = 1.6;

    static SharedTerms between(String a, String b, TermVectors vectors) {
        Set<String> inB = new HashSet<>();
        for (int i = 0; i < b.length(); i++) {
            for (int n = 2; n <= MAX_TERM && i + n <= b.length(); n++) {
                String piece = b.substring(i, i + n);
                if (!TermVectors.isHan(piece.charAt(n - 1))) {
                    break;
                }
                inB.add(piece);
            }
        }
        Set<String> terms = new java.util.LinkedHashSet<>();
        int i = 0;
        while (i < a.length()) {
            int best = 0;
            for (int n = 2; n <= MAX_TERM && i + n <= a.length(); n++) {
                if (!TermVectors.isHan(a.charAt(i + n - 1)) || !inB.contains(a.substring(i, i + n))) {
                    break;
                }
                best = n;
            }
            if (best >= 2 && TermVectors.isHan(a.charAt(i)) && informative(a.substring(i, i + best), vectors)) {
                terms.add(a.substring(i, i + best));
                i += best;
            } else {
                i++;
            }
        }
        List<String> ordered = new ArrayList<>(terms);
        ordered.sort((x, y) -> y.length() - x.length());
        return new SharedTerms(ordered, ranges(a, ordered), ranges(b, ordered));
    }

    /** A pair needs to be rarer than a three-character word to count on its own. */
    private static boolean informative(String term, TermVectors vectors) {
        double rarest = 0;
        for (int k = 0; k + 2 <= term.length(); k++) {
            rarest = Math.max(rarest, vectors.idf(term.substring(k, k + 2)));
        }
        return rarest >= (term.length() >= 3 ? MIN_IDF : MIN_IDF + 0.7);
    }

    /** Where the terms occur, longest first, never overlapping. */
    private static List<int[]> ranges(String text, List<String> terms) {
        boolean[] taken = new boolean[text.length()];
        List<int[]> ranges = new ArrayList<>();
        for (String term : terms) {
            for (int at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
                boolean free = true;
                for (int k = at; k < at + term.length(); k++) {
                    free &= !taken[k];
                }
                if (free) {
                    for (int k = at; k < at + term.length(); k++) {
                        taken[k] = true;
                    }
                    ranges.add(new int[] {at, at + term.length()});
                }
            }
        }
        ranges.sort((x, y) -> x[0] - y[0]);
        return ranges;
    }
}
