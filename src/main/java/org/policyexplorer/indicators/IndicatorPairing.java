package org.policyexplorer.indicators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.policyexplorer.domain.Indicator;

/**
 * Sets each target beside the result of the same indicator (see docs/indicators.md). Two figures can pair
 * only if they measure in the same way — a growth rate with a growth rate, a share with a share, money
 * with money, 个 with 个 — and their names are alike: the Dice coefficient of their character pairs, or
 * one name containing the other (新增停车位 ↔ 新增公共停车位 by the first, 实际利用外资 ↔ 注册外资实际到账 by
 * shared 实际 and 外资). The most alike pairs are taken first, each figure once.
 */
public final class IndicatorPairing {
    static final double MIN_SIMILARITY = 0.3;
    /** The same action verb (新增, 实施, 新开工) says the same thing is counted. */
    static final double VERB_BONUS = 0.2;
    static final double VERB_PENALTY = 0.25;
    /** A name must be this long to count as contained in another: 项目 is in every project. */
    static final int MIN_CONTAINED = 3;
    /** Shorter names are too general to say which indicator is meant. */
    static final int MIN_NAME = 3;

    public List<IndicatorPair> pair(List<Indicator> results, List<Indicator> targets) {
        record Candidate(Indicator result, Indicator target, double similarity) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Indicator t : targets) {
            for (Indicator r : results) {
                if (t.value() == null || r.value() == null || !Measures.comparable(r, t)) {
                    continue;
                }
                double verbs = verbAgreement(r, t);
                // a shared verb earns its bonus only if the names also share something besides it
                if (verbs > 0 && !withoutVerb(r).equals(withoutVerb(t))
                        && dice(letters(withoutVerb(r)), letters(withoutVerb(t))) == 0) {
                    verbs = 0;
                }
                double sim = similarity(r.name(), t.name()) + verbs;
                if (sim >= MIN_SIMILARITY) {
                    candidates.add(new Candidate(r, t, sim));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::similarity).reversed());
        Set<Indicator> usedResults = new HashSet<>();
        Set<Indicator> usedTargets = new HashSet<>();
        List<IndicatorPair> pairs = new ArrayList<>();
        for (Candidate c : candidates) {
            if (usedResults.contains(c.result()) || usedTargets.contains(c.target())) {
                continue;
            }
            usedResults.add(c.result());
            usedTargets.add(c.target());
            pairs.add(new IndicatorPair(c.target().name(), c.result(), c.target(), Math.min(1, c.similarity()),
                    Measures.difference(c.result(), c.target())));
        }
        pairs.sort(Comparator.comparingInt(p -> p.target().start()));
        return pairs;
    }

    /** Dice over character pairs; a name inside the other counts as very alike. */
    static double similarity(String a, String b) {
        String x = letters(a);
        String y = letters(b);
        if (x.length() < MIN_NAME || y.length() < MIN_NAME) {
            return 0; // 投资, 项目, 企业: a word every figure could be of
        }
        boolean contained = x.length() >= MIN_CONTAINED && y.contains(x) || y.length() >= MIN_CONTAINED && x.contains(y);
        if (contained) {
            return Math.max(0.8, dice(x, y));
        }
        return dice(x, y);
    }

    private static String withoutVerb(Indicator i) {
        return i.name().startsWith(i.change()) ? i.name().substring(i.change().length()) : i.name();
    }

    /** The same action verb counts the same thing; two different ones (注册 vs 引进) count different things. */
    private static double verbAgreement(Indicator a, Indicator b) {
        if (!IndicatorNames.definesMeasure(a.change()) || !IndicatorNames.definesMeasure(b.change())) {
            return 0;
        }
        return a.change().equals(b.change()) ? VERB_BONUS : -VERB_PENALTY;
    }

    private static double dice(String x, String y) {
        if (x.length() < 2 || y.length() < 2) {
            return x.equals(y) ? 1 : 0;
        }
        List<String> px = pairs(x);
        List<String> py = new ArrayList<>(pairs(y));
        int common = 0;
        for (String p : px) {
            if (py.remove(p)) {
                common++;
            }
        }
        return 2.0 * common / (px.size() + pairs(y).size());
    }

    private static List<String> pairs(String s) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 2 <= s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }

    /** The name without quotes, brackets and spaces. */
    private static String letters(String s) {
        return s.replaceAll("[“”\"《》()（）\\s]", "");
    }
}
