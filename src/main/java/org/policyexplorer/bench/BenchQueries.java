package org.policyexplorer.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The benchmark's second query list, which no one tunes to: drawn with a fixed seed from the frequent runs of
 * Chinese characters in the library's own rows, then put in the forms users type — one word, several words,
 * alternatives, an exclusion.
 */
final class BenchQueries {
    private BenchQueries() {
    }

    static List<String> unseen(List<String> rows, long seed) {
        Map<String, Integer> counts = new HashMap<>();
        for (int r = 0; r < rows.size(); r += Math.max(1, rows.size() / 3000)) {
            String row = rows.get(r);
            for (int i = 0; i < row.length(); i++) {
                for (int n = 1; n <= 4 && i + n <= row.length(); n++) {
                    String gram = row.substring(i, i + n);
                    if (!gram.chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                        break;
                    }
                    counts.merge(gram, 1, Integer::sum);
                }
            }
        }
        List<String> frequent = new ArrayList<>(counts.keySet());
        frequent.sort((a, b) -> counts.get(b) - counts.get(a) != 0 ? counts.get(b) - counts.get(a) : a.compareTo(b));
        List<String> singles = frequent.stream().filter(g -> g.length() == 1).limit(50).toList();
        List<String> words = frequent.stream().filter(g -> g.length() > 1).limit(300).toList();
        Random random = new Random(seed);
        List<String> queries = new ArrayList<>();
        queries.add(pick(singles, random));
        queries.add(pick(singles, random));
        for (int i = 0; i < 6; i++) {
            queries.add(pick(words, random));
        }
        for (int i = 0; i < 4; i++) {
            queries.add(pick(words, random) + " " + pick(words, random));
        }
        queries.add(pick(words, random) + " " + pick(words, random) + " " + pick(words, random));
        for (int i = 0; i < 4; i++) {
            queries.add(pick(words, random) + " OR " + pick(words, random));
        }
        for (int i = 0; i < 3; i++) {
            queries.add(pick(words, random) + " -" + pick(words, random));
        }
        return queries;
    }

    private static String pick(List<String> from, Random random) {
        return from.get(random.nextInt(from.size()));
    }
}
