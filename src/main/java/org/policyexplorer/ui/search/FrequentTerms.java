package org.policyexplorer.ui.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words a report uses often, offered as the user types. Chinese has no spaces, so "words" are runs of
 * 2–4 Chinese characters that recur; a run is dropped when a longer run containing it is just as frequent
 * (so 高新技术企 does not crowd out 高新技术企业).
 */
public final class FrequentTerms {
    static final int MIN_COUNT = 3;
    static final int MAX_TERMS = 400;

    private FrequentTerms() {
    }

    public static List<String> of(String text) {
        Map<String, Integer> counts = new HashMap<>();
        int runStart = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean han = i < text.length() && Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN;
            if (han && runStart < 0) {
                runStart = i;
            } else if (!han && runStart >= 0) {
                countRun(text.substring(runStart, i), counts);
                runStart = -1;
            }
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

    private static void countRun(String run, Map<String, Integer> counts) {
        for (int n = 2; n <= 4; n++) {
            for (int i = 0; i + n <= run.length(); i++) {
                counts.merge(run.substring(i, i + n), 1, Integer::sum);
            }
        }
    }
}
