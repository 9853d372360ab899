package org.policyexplorer.indicators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.policyexplorer.domain.Indicator;
import org.policyexplorer.text.Dice;

/**
 * Sets each target beside the result of the same indicator (see docs/indicators.md). Two figures can pair
 * only if they measure in the same way — a growth rate with a growth rate, a share with a share, money
 * with money, 个 with 个 — and their names are alike: the Dice coefficient of their character pairs, or
 * one name containing the other (新增停车位 ↔ 新增公共停车位 by the first, 实际利用外资 ↔ 注册外资实际到账 by
 * shared 实际 and 外资). The most alike pairs are taken first, each figure once.
 */
public final class IndicatorPairing {
    static final double MIN_SIMILARITY = 0.3;
    /** Names without their verbs must be at least this alike (卓越级智能工厂 is no 先进级以上智能工厂). */
    static final double MIN_NOUN_SIMILARITY = 0.55;
    /**
     * A year's target for a count or an amount an order of magnitude below last year's figure measures
     * something else: what is added in a year against a stock (雏鹰瞪羚独角兽企业7146家 → 500家), or a year
     * against five (新改扩建农村公路3852公里 → 200公里).
     */
    static final double MIN_SCALE = 0.15;
    /** A main target takes a result whose name contains its own or is it by the synonym table. */
    static final double MAIN_TARGET_SIMILARITY = 0.8;
    /** The same action verb (新增, 实施, 新开工) says the same thing is counted. */
    static final double VERB_BONUS = 0.2;
    static final double VERB_PENALTY = 0.25;
    /** A name must be this long to count as contained in another: 项目 is in every project. */
    static final int MIN_CONTAINED = 3;
    /** Shorter names are too general to say which indicator is meant. */
    static final int MIN_NAME = 3;

    public List<IndicatorPair> pair(List<Indicator> results, List<Indicator> targets) {
        return pair(results, targets, List.of(), Set.of());
    }

    /**
     * Pairs the plan's main targets first — with a figure or without one (与经济增长基本同步), each with the
     * earliest result of the same indicator (the year's overview comes before the five-year passage), names
     * matched through the synonym table — then the other targets. A main target and a result of one indicator
     * pair even when they measure differently (a level against a growth rate), without a difference.
     */
    public List<IndicatorPair> pair(List<Indicator> results, List<Indicator> targets, List<Indicator> mainTargets,
                                    Set<Indicator> fiveYear) {
        Set<Indicator> usedResults = new HashSet<>();
        Set<Indicator> usedTargets = new HashSet<>();
        List<IndicatorPair> pairs = new ArrayList<>();
        for (Indicator t : mainTargets) {
            Indicator best = null;
            double bestRank = 0;
            double bestSimilarity = 0;
            for (Indicator r : results) {
                if (r.value() == null || usedResults.contains(r)) {
                    continue;
                }
                double sim = mainTargetSimilarity(r.name(), t.name());
                if (sim < MAIN_TARGET_SIMILARITY) {
                    continue;
                }
                // a target without a figure (增速高于全国平均水平, 与经济增长同步) speaks of growth: only a rate answers it
                boolean rate = "rate".equals(Measures.kind(r));
                if (t.value() == null && (!rate || fiveYear.contains(r))) {
                    continue; // nor a five-year growth (增长34.3%) a year's
                }
                // a result measured as the target is (growth against growth) before one measured otherwise (a
                // level), and one of the same period (last year against this year) before a five-year figure,
                // which answers only where the review gives none for the year
                boolean alike = t.value() == null || Measures.comparable(r, t);
                boolean samePeriod = fiveYear.contains(r) == fiveYear.contains(t);
                double rank = sim + (alike ? 1 : 0) + (samePeriod ? 2 : 0);
                if (rank > bestRank) {
                    best = r;
                    bestRank = rank;
                    bestSimilarity = sim;
                }
            }
            if (best != null) {
                usedResults.add(best);
                usedTargets.add(t);
                pairs.add(new IndicatorPair(t.name(), best, t, Math.min(1, bestSimilarity),
                        t.value() == null ? null : Measures.difference(best, t)));
            }
        }
        // the main targets' figures are among the plan's figures too: they are paired already
        List<Indicator> rest = targets.stream().filter(t -> mainTargets.stream()
                .noneMatch(m -> m.start() <= t.start() && t.start() < Math.max(m.end(), m.start() + 1))).toList();
        pairs.addAll(pairRest(results, rest, usedResults, usedTargets, fiveYear));
        pairs.sort(Comparator.comparingInt(p -> p.target().start()));
        return pairs;
    }

    /**
     * How surely two names are one indicator: by the synonym table; or one ends the other (the head of a Chinese
     * noun phrase comes last: 城镇常住居民人均可支配收入 is a 居民人均可支配收入, 单位国内生产总值能耗 is no
     * 国内生产总值); or character pairs.
     */
    static double mainTargetSimilarity(String a, String b) {
        if (sameIndicator(a, b)) {
            return 1.0;
        }
        String x = IndicatorSynonyms.canonical(letters(a == null ? "" : a));
        String y = IndicatorSynonyms.canonical(letters(b == null ? "" : b));
        if (x.length() >= MIN_CONTAINED && y.length() >= MIN_CONTAINED && (x.endsWith(y) || y.endsWith(x))) {
            return 0.9;
        }
        return x.length() < MIN_NAME || y.length() < MIN_NAME ? 0 : Dice.similarity(x, y);
    }

    static boolean plausibleScale(Indicator r, Indicator t) {
        String kind = Measures.kind(r);
        if ("rate".equals(kind) || "share".equals(kind) || "points".equals(kind)) {
            return true;
        }
        Double ratio = Measures.ratio(r, t);
        return ratio == null || ratio >= MIN_SCALE;
    }

    /** A count of what is added in the period (新增, 新建, 引进…) rather than of what there is. */
    static boolean isFlow(Indicator i) {
        return "rate".equals(Measures.kind(i)) || IndicatorNames.definesMeasure(i.change())
                || i.name().startsWith("新") || i.text().contains("新增") || i.text().contains("新建");
    }

    /** The last two characters name what is counted: 示范村, 企业, 管网. */
    static boolean sameHead(String a, String b) {
        String x = letters(a == null ? "" : a);
        String y = letters(b == null ? "" : b);
        return x.length() >= 2 && y.length() >= 2 && x.substring(x.length() - 2).equals(y.substring(y.length() - 2));
    }

    /** Whether two names are one indicator by the synonym table (全省生产总值 = 地区生产总值). */
    static boolean sameIndicator(String a, String b) {
        String x = IndicatorSynonyms.canonical(letters(a == null ? "" : a));
        return x.length() >= 2 && x.equals(IndicatorSynonyms.canonical(letters(b == null ? "" : b)));
    }

    /**
     * The plan's other figures: same measure, same period (a year against a year, five years against five),
     * the same kind of count (a flow such as 新增 against a flow, a stock against a stock), the same head noun
     * (…示范村 against …示范村, not 电网线路 against 供排水管网), and names alike.
     */
    private List<IndicatorPair> pairRest(List<Indicator> results, List<Indicator> targets, Set<Indicator> usedResults,
                                         Set<Indicator> usedTargets, Set<Indicator> fiveYear) {
        record Candidate(Indicator result, Indicator target, double similarity) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Indicator t : targets) {
            for (Indicator r : results) {
                if (t.value() == null || r.value() == null || !Measures.comparable(r, t)
                        || fiveYear.contains(r) != fiveYear.contains(t)) {
                    continue;
                }
                boolean same = sameIndicator(r.name(), t.name());
                if (!same && (isFlow(r) != isFlow(t) || !sameHead(r.name(), t.name()))) {
                    continue;
                }
                double verbs = verbAgreement(r, t);
                // the names must be alike without their verbs: 新增5A级物流企业 is no 新增专精特新企业
                if (!same && similarity(withoutVerb(r), withoutVerb(t)) < MIN_NOUN_SIMILARITY) {
                    continue;
                }
                if (!plausibleScale(r, t)) {
                    continue;
                }
                // a project's 总投资 is that project's: two projects' totals are not one indicator; and a count of
                // indicators (预期性指标19项) is about the plan's form, not an indicator
                if (!same && r.name().endsWith("总投资") && t.name().endsWith("总投资")
                        || r.name().endsWith("指标") || t.name().endsWith("指标")) {
                    continue;
                }
                double sim = (sameIndicator(r.name(), t.name()) ? 1.0 : similarity(r.name(), t.name())) + verbs;
                if (sim >= MIN_SIMILARITY) {
                    candidates.add(new Candidate(r, t, sim));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::similarity).reversed());
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
            return Math.max(0.8, Dice.similarity(x, y));
        }
        return Dice.similarity(x, y);
    }

    private static String withoutVerb(Indicator i) {
        return i.change() != null && i.name().startsWith(i.change()) ? i.name().substring(i.change().length())
                : i.name();
    }

    /** The same action verb counts the same thing; two different ones (注册 vs 引进) count different things. */
    private static double verbAgreement(Indicator a, Indicator b) {
        if (!IndicatorNames.definesMeasure(a.change()) || !IndicatorNames.definesMeasure(b.change())) {
            return 0;
        }
        return a.change().equals(b.change()) ? VERB_BONUS : -VERB_PENALTY;
    }

    /** The name without quotes, brackets and spaces. */
    private static String letters(String s) {
        return s.replaceAll("[“”\"《》()（）\\s]", "");
    }
}
