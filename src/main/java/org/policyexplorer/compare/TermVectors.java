package org.policyexplorer.compare;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF vectors over Chinese character pairs and triples. Chinese is not segmented into words, and pairs
 * and triples of adjacent characters stand in for words well enough to compare passages (招商, 河长制,
 * 高标准农田 all share their pairs). Weights are (1 + log tf) × idf, vectors are unit length, similarity is
 * the cosine.
 */
final class TermVectors {
    private final Map<String, Double> idf = new HashMap<>();
    private final double unknownIdf;

    /** Learns document frequencies from the units being compared. */
    TermVectors(List<String> documents) {
        Map<String, Integer> df = new HashMap<>();
        for (String doc : documents) {
            grams(doc).keySet().forEach(g -> df.merge(g, 1, Integer::sum));
        }
        int n = documents.size();
        df.forEach((g, count) -> idf.put(g, Math.log((n + 1.0) / (count + 0.5))));
        unknownIdf = Math.log((n + 1.0) / 0.5);
    }

    double idf(String gram) {
        return idf.getOrDefault(gram, unknownIdf);
    }

    Map<String, Double> vector(String text) {
        Map<String, Double> v = new HashMap<>();
        double norm = 0;
        for (Map.Entry<String, Integer> e : grams(text).entrySet()) {
            double w = (1 + Math.log(e.getValue())) * idf(e.getKey());
            v.put(e.getKey(), w);
            norm += w * w;
        }
        double length = Math.sqrt(norm);
        if (length > 0) {
            v.replaceAll((g, w) -> w / length);
        }
        return v;
    }

    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double sum = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double other = large.get(e.getKey());
            if (other != null) {
                sum += e.getValue() * other;
            }
        }
        return sum;
    }

    /** Pairs and triples of adjacent Chinese characters, within runs of Chinese, with their counts. */
    static Map<String, Integer> grams(String text) {
        Map<String, Integer> counts = new HashMap<>();
        int runStart = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean han = i < text.length() && isHan(text.charAt(i));
            if (han && runStart < 0) {
                runStart = i;
            } else if (!han && runStart >= 0) {
                for (int n = 2; n <= 3; n++) {
                    for (int k = runStart; k + n <= i; k++) {
                        counts.merge(text.substring(k, k + n), 1, Integer::sum);
                    }
                }
                runStart = -1;
            }
        }
        return counts;
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
