package org.policyexplorer.ui.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words a report uses often, offered as the user types. Chinese has no spaces, so "words" are runs of
 * 2–4 Chinese characters that recur; a run is dropped when a longer run containing it is just as frequent
 * (so 高新技术企 does not crowd out 高新技术企业). A report longer than {@link #SAMPLE_CHARS} is counted over that
 * many characters taken in {@link #SAMPLES} evenly spaced stretches: its frequent words are frequent in any
 * large part of it, and counting every run of a 20 MB report took a core for several seconds after it opened
 * (and a few hundred megabytes of short strings), while the user was already scrolling it.
 */
public final class FrequentTerms {
    static final int MIN_COUNT = 3;
    static final int MAX_TERMS = 400;
    /** Ten times the longest report of the corpus (32,000 characters): every real report is counted whole. */
    static final int SAMPLE_CHARS = 320_000;
    static final int SAMPLES = 100;

    private FrequentTerms() {
    }

    public static List<String> of(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (int[] stretch : stretches(text.length())) {
            countRuns(text, stretch[0], stretch[1], counts);
        }
        // for each run, the count of the most frequent run one character longer that contains it
        Map<String, Integer> longerCount = new HashMap<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            String longer = e.getKey();
            if (longer.length() > 2) {
                longerCount.merge(longer.substring(1), e.getValue(), Math::max);
                longerCount.merge(longer.substring(0, longer.length() - 1), e.getValue(), Math::max);
            }
        }
        List<Map.Entry<String, Integer>> frequent = new ArrayList<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() >= MIN_COUNT && longerCount.getOrDefault(e.getKey(), 0) < e.getValue()) {
                frequent.add(e);
            }
        }
        frequent.sort(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())));
        return frequent.stream().limit(MAX_TERMS).map(Map.Entry::getKey).toList();
    }

    /** What is counted of a text this long: all of it, or {@link #SAMPLES} evenly spaced [from, to) stretches. */
    static List<int[]> stretches(int length) {
        if (length <= SAMPLE_CHARS) {
            return List.of(new int[] {0, length});
        }
        int stretch = SAMPLE_CHARS / SAMPLES;
        List<int[]> stretches = new ArrayList<>();
        for (int k = 0; k < SAMPLES; k++) {
            int from = (int) ((long) (length - stretch) * k / (SAMPLES - 1));
            stretches.add(new int[] {from, from + stretch});
        }
        return stretches;
    }

    /** Counts the runs of Chinese characters in text[from, to); a run cut by either end is counted as cut. */
    private static void countRuns(String text, int from, int to, Map<String, Integer> counts) {
        int runStart = -1;
        for (int i = from; i <= to; i++) {
            boolean han = i < to && Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN;
            if (han && runStart < 0) {
                runStart = i;
            } else if (!han && runStart >= 0) {
                countRun(text.substring(runStart, i), counts);
                runStart = -1;
            }
        }
    }

    private static void countRun(String run, Map<String, Integer> counts) {
        for (int n = 2; n <= 4; n++) {
            for (int i = 0; i + n <= run.length(); i++) {
                counts.merge(run.substring(i, i + n), 1, Integer::sum);
            }
        }
    }
}
