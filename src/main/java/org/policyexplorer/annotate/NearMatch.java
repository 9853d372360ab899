package org.policyexplorer.annotate;

import java.util.ArrayList;
import java.util.List;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch;

/**
 * Where an edited quote may now stand, found near a place with diff-match-patch's Bitap match
 * ({@code match_main}): the best approximate occurrence of a pattern, errors and distance from the place
 * both counting against it. Bitap holds its pattern in the bits of one {@code int}, so a pattern has at most
 * {@link #MAX_BITS} characters: a longer quote is looked for by its head (where it starts) and its tail
 * (where it ends). The places are only candidates; {@link Anchoring} keeps the one most like the quote.
 */
final class NearMatch {
    /** diff-match-patch's Match_MaxBits. */
    static final int MAX_BITS = 32;
    /**
     * How far away a match may be, in lengths of the text: with 4, the far end of the report costs a
     * quarter of the score a match may have (0.5), leaving the rest for edits; a paragraph moved to
     * another part is still found, and of two equal matches the nearer wins.
     */
    private static final int REACH = 4;

    private NearMatch() {
    }

    static List<Anchoring.Place> around(String text, String quote, int hint) {
        List<Anchoring.Place> out = new ArrayList<>();
        if (text.isEmpty() || quote.isEmpty()) {
            return out;
        }
        DiffMatchPatch dmp = new DiffMatchPatch();
        dmp.matchDistance = Math.max(1, text.length() * REACH);
        int length = quote.length();
        int start = dmp.matchMain(text, quote.substring(0, Math.min(MAX_BITS, length)), clamp(hint, text));
        if (start >= 0) {
            out.add(new Anchoring.Place(start, Math.min(text.length(), start + length)));
        }
        if (length <= MAX_BITS) {
            return out;
        }
        String tail = quote.substring(length - MAX_BITS);
        int tailAt = dmp.matchMain(text, tail, clamp(hint + length - MAX_BITS, text));
        int end = tailAt < 0 ? -1 : tailAt + MAX_BITS;
        if (end > 0) {
            out.add(new Anchoring.Place(Math.max(0, end - length), end));
        }
        if (start >= 0 && end > start && end - start <= length * 3) {
            out.add(new Anchoring.Place(start, end)); // head and tail found: the quote as it was edited
        }
        return out;
    }

    private static int clamp(int at, String text) {
        return Math.max(0, Math.min(text.length(), at));
    }
}
