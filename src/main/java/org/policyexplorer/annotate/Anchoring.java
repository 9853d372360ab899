package org.policyexplorer.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.policyexplorer.text.Dice;

/**
 * Finds a quoted passage again in a changed text (see docs/annotations.md): first the exact quote, choosing
 * among its occurrences the one whose surroundings best match the remembered prefix and suffix (and then
 * the one nearest the old place); then, if the quote itself was edited, the stretch between the remembered
 * prefix and suffix, or the best approximate match nearest the old place ({@link NearMatch}), that is most
 * like the quote. Below {@link #MIN_SIMILARITY} (or {@link #MIN_SIMILARITY_FAR} for a passage far away and
 * with no remembered context beside it) the passage is not placed: the caller keeps it as orphaned.
 */
public final class Anchoring {
    /** How alike (Dice over character pairs) an edited passage must still be to the quote. */
    static final double MIN_SIMILARITY = 0.6;
    /**
     * How alike a passage must be that is far from the old place (more than its length) with neither side of
     * its remembered context beside it: stock phrases (三是…, 着力推动…) recur through a report, and a deleted
     * one should not land on its neighbour's.
     */
    static final double MIN_SIMILARITY_FAR = 0.7;
    /** How much of the prefix or suffix anchors a fuzzy search. */
    static final int ANCHOR = 8;

    /** A place in the new text. */
    public record Place(int start, int end) {
    }

    private Anchoring() {
    }

    public static Optional<Place> locate(String text, Quote quote, int oldStart, int oldLength) {
        if (quote.exact().isEmpty()) {
            return Optional.empty();
        }
        Optional<Place> exact = exact(text, quote, oldStart, oldLength);
        return exact.isPresent() ? exact : fuzzy(text, quote, oldStart, oldLength);
    }

    private static Optional<Place> exact(String text, Quote quote, int oldStart, int oldLength) {
        String q = quote.exact();
        Place best = null;
        long bestScore = Long.MIN_VALUE;
        double scale = oldLength <= 0 ? 1 : (double) text.length() / oldLength;
        for (int at = text.indexOf(q); at >= 0; at = text.indexOf(q, at + 1)) {
            int context = commonSuffix(text.substring(0, at), quote.prefix())
                    + commonPrefix(text.substring(at + q.length()), quote.suffix());
            long distance = Math.abs(at - Math.round(oldStart * scale));
            long score = context * 1_000_000L - distance;
            if (score > bestScore) {
                bestScore = score;
                best = new Place(at, at + q.length());
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<Place> fuzzy(String text, Quote quote, int oldStart, int oldLength) {
        String q = quote.exact();
        List<Place> candidates = new ArrayList<>();
        String prefixAnchor = tail(quote.prefix(), ANCHOR);
        String suffixAnchor = head(quote.suffix(), ANCHOR);
        if (!prefixAnchor.isEmpty()) {
            for (int at = text.indexOf(prefixAnchor); at >= 0; at = text.indexOf(prefixAnchor, at + 1)) {
                int start = at + prefixAnchor.length();
                int end = suffixAnchor.isEmpty() ? -1 : text.indexOf(suffixAnchor, start);
                if (end > start && end - start <= q.length() * 3) {
                    candidates.add(new Place(start, end));
                }
                candidates.add(new Place(start, Math.min(text.length(), start + q.length())));
            }
        }
        if (!suffixAnchor.isEmpty()) {
            for (int at = text.indexOf(suffixAnchor); at >= 0; at = text.indexOf(suffixAnchor, at + 1)) {
                candidates.add(new Place(Math.max(0, at - q.length()), at));
            }
        }
        double scale = oldLength <= 0 ? 1 : (double) text.length() / oldLength;
        int near = (int) Math.round(oldStart * scale);
        candidates.addAll(NearMatch.around(text, q, near));
        Place best = null;
        double bestSimilarity = 0;
        for (Place p : candidates) {
            if (p.end() <= p.start()) {
                continue;
            }
            double similarity = Dice.similarity(q, text.substring(p.start(), p.end()));
            boolean vouched = text.startsWith(prefixAnchor, p.start() - prefixAnchor.length()) && !prefixAnchor.isEmpty()
                    || text.startsWith(suffixAnchor, p.end()) && !suffixAnchor.isEmpty()
                    || Math.abs(p.start() - near) <= q.length();
            if (similarity < (vouched ? MIN_SIMILARITY : MIN_SIMILARITY_FAR)) {
                continue;
            }
            // equally alike: the nearer to the old place (the same words said twice)
            if (similarity > bestSimilarity || similarity == bestSimilarity
                    && Math.abs(p.start() - near) < Math.abs(best.start() - near)) {
                bestSimilarity = similarity;
                best = p;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int commonSuffix(String before, String prefix) {
        int n = 0;
        while (n < before.length() && n < prefix.length()
                && before.charAt(before.length() - 1 - n) == prefix.charAt(prefix.length() - 1 - n)) {
            n++;
        }
        return n;
    }

    private static int commonPrefix(String after, String suffix) {
        int n = 0;
        while (n < after.length() && n < suffix.length() && after.charAt(n) == suffix.charAt(n)) {
            n++;
        }
        return n;
    }

    private static String tail(String s, int n) {
        return s.length() <= n ? s : s.substring(s.length() - n);
    }

    private static String head(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n);
    }
}
