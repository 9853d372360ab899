package org.policyexplorer.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Places a hit's occurrences in its section's text and cuts the snippet shown in result lists. */
final class HitText {
    static final int SNIPPET_BEFORE = 20;
    static final int SNIPPET_AFTER = 50;
    static final String OPEN = "【";
    static final String CLOSE = "】";

    private HitText() {
    }

    static SearchHit hit(long reportId, long sectionId, int rowStart, int rowCodePointStart, String text,
                         String norm, List<String> terms) {
        int count = 0;
        List<int[]> found = new ArrayList<>();
        for (String term : terms) {
            for (int at = norm.indexOf(term); at >= 0; at = norm.indexOf(term, at + term.length())) {
                found.add(new int[] {at, at + term.length()});
                count++;
            }
        }
        found.sort(Comparator.<int[]>comparingInt(o -> o[0]).thenComparingInt(o -> -o[1]));
        List<int[]> placed = new ArrayList<>();
        for (int[] o : found) {
            if (placed.isEmpty() || o[0] >= placed.get(placed.size() - 1)[1]) {
                placed.add(o);
            }
        }
        List<Occurrence> occurrences = new ArrayList<>(placed.size());
        for (int[] o : placed) {
            int cpStart = rowCodePointStart + text.codePointCount(0, o[0]);
            int cpEnd = cpStart + text.codePointCount(o[0], o[1]);
            occurrences.add(new Occurrence(rowStart + o[0], rowStart + o[1], cpStart, cpEnd));
        }
        return new SearchHit(reportId, sectionId, count, snippet(text, placed), occurrences);
    }

    /** The text around the first hit, all hits inside it in 【】, lines joined by a space. */
    static String snippet(String text, List<int[]> placed) {
        if (placed.isEmpty()) {
            return cut(text, 0, Math.min(text.length(), SNIPPET_BEFORE + SNIPPET_AFTER)).replace('\n', ' ');
        }
        int from = safeStart(text, Math.max(0, placed.get(0)[0] - SNIPPET_BEFORE));
        int to = safeEnd(text, Math.min(text.length(), placed.get(0)[1] + SNIPPET_AFTER));
        StringBuilder sb = new StringBuilder();
        if (from > 0) {
            sb.append('…');
        }
        int at = from;
        for (int[] o : placed) {
            if (o[0] < from || o[1] > to) {
                continue;
            }
            sb.append(text, at, o[0]).append(OPEN).append(text, o[0], o[1]).append(CLOSE);
            at = o[1];
        }
        sb.append(text, at, to);
        if (to < text.length()) {
            sb.append('…');
        }
        return sb.toString().replace('\n', ' ');
    }

    /** Up to {@code width} characters before {@code at}, never half a surrogate pair, lines as spaces. */
    static String before(String text, int at, int width) {
        return text.substring(safeStart(text, Math.max(0, at - width)), at).replace('\n', ' ');
    }

    /** Up to {@code width} characters from {@code at} on. */
    static String after(String text, int at, int width) {
        return text.substring(at, safeEnd(text, Math.min(text.length(), at + width))).replace('\n', ' ');
    }

    private static String cut(String text, int from, int to) {
        return text.substring(from, safeEnd(text, to)) + (to < text.length() ? "…" : "");
    }

    /** Never start a snippet on the second half of a surrogate pair. */
    private static int safeStart(String text, int i) {
        return i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i)) ? i - 1 : i;
    }

    private static int safeEnd(String text, int i) {
        return i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i)) ? i + 1 : i;
    }
}
