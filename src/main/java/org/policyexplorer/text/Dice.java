package org.policyexplorer.text;

import java.util.HashMap;
import java.util.Map;

/**
 * The Dice coefficient over the pairs of adjacent characters of two strings: twice the pairs they share over
 * all pairs of both, a pair shared as often as it occurs in both (a multiset, so "aaaa" is not "aa"). One
 * helper for the two heuristics that ask how alike two snippets of Chinese are: re-anchoring an edited
 * quote and pairing indicator names. Counts Java chars, as the offsets inside the program do.
 */
public final class Dice {
    private Dice() {
    }

    /** 1 for the same text, 0 for no pair in common; a string shorter than a pair is alike only to itself. */
    public static double similarity(String a, String b) {
        if (a.length() < 2 || b.length() < 2) {
            return a.equals(b) ? 1 : 0;
        }
        Map<String, Integer> unmatched = new HashMap<>();
        for (int i = 0; i + 2 <= a.length(); i++) {
            unmatched.merge(a.substring(i, i + 2), 1, Integer::sum);
        }
        int common = 0;
        for (int i = 0; i + 2 <= b.length(); i++) {
            String pair = b.substring(i, i + 2);
            int left = unmatched.getOrDefault(pair, 0);
            if (left > 0) { // each pair of a matches at most one of b
                unmatched.put(pair, left - 1);
                common++;
            }
        }
        return 2.0 * common / (a.length() - 1 + b.length() - 1);
    }
}
