package org.policyexplorer.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.policyexplorer.domain.PartRole;
import org.policyexplorer.ingest.TimeReference.Mention;
import org.policyexplorer.ingest.TimeReference.Tense;

/**
 * Judges what each top-level part of a report does and which year it is about, from evidence that holds
 * across reports rather than from lists of whole headings:
 * <ul>
 *   <li>the times its heading names, relative to the report's year (last year or a period just ended:
 *       review; this year or a period begun: plan);</li>
 *   <li>the genre's words in its heading (回顾, 安排, 自身建设, 外交…, see part-vocabulary.properties);</li>
 *   <li>how its first paragraphs open (刚刚过去的2025年…, 2026年是…, 主要做了以下工作, 重点做好…);</li>
 *   <li>the tense of its whole text (完成, 实现, 增长了 against 要, 将, 力争);</li>
 *   <li>its position: reviews come first, and a plan spread over several parts keeps its year.</li>
 * </ul>
 * Each part gets a confidence: high where the heading speaks, lower where only the text does.
 */
final class PartJudge {
    /** One part as the judge sees it. */
    record PartText(String heading, List<String> intro, String body, boolean appendix, boolean hasChapters) {
    }

    /** The role and year of one part, and how sure the judge is. */
    record Judgement(PartRole role, Integer year, double confidence) {
    }

    private static final double HEADING_WORD = 3;
    private static final double HEADING_GOVERNANCE = 4;
    private static final double HEADING_TIME = 2;
    private static final double INTRO_WORD = 1.5;
    private static final double INTRO_TIME = 1.5;
    private static final double TENSE = 1.5;
    private static final double FIRST_PART = 0.5;
    /** How sure a role settled by the heading's words alone is. */
    private static final double SETTLED = 0.9;
    /** A judgement the heading does not support is at most this sure. */
    private static final double TEXT_ONLY = 0.6;

    private final PartVocabulary words;

    PartJudge(PartVocabulary words) {
        this.words = words;
    }

    List<Judgement> judge(List<PartText> parts, Integer reportYear) {
        List<Judgement> judged = new ArrayList<>(parts.size());
        boolean planSeen = false;
        Integer lastPlanYear = null;
        for (int i = 0; i < parts.size(); i++) {
            PartText part = parts.get(i);
            if (part.appendix()) {
                judged.add(new Judgement(PartRole.OTHER, null, 1.0));
                continue;
            }
            Map<PartRole, Double> score = scores(part, reportYear, judged.isEmpty());
            if (planSeen && !PartVocabulary.finds(words.headingReview, part.heading())) {
                score.put(PartRole.REVIEW, 0.0); // reviews come before plans
            }
            PartRole settled = headingRole(part);
            PartRole role = settled != null ? settled : best(score);
            Integer year = switch (role) {
                case REVIEW -> reviewYear(part, reportYear);
                case PLAN -> planYear(part, reportYear, planSeen, lastPlanYear);
                default -> null;
            };
            if (role == PartRole.PLAN) {
                planSeen = true;
                lastPlanYear = year;
            }
            judged.add(new Judgement(role, year, settled != null ? SETTLED : confidence(score, role, part)));
        }
        return judged;
    }

    /**
     * A heading that speaks of the government itself or of foreign affairs, and names no time and no review,
     * settles the role: such parts are written in the future tense like a plan, so the text cannot tell them apart.
     */
    private PartRole headingRole(PartText part) {
        String heading = part.heading();
        if (PartVocabulary.finds(words.headingReview, heading) || namesTime(heading)) {
            return null;
        }
        if (PartVocabulary.finds(words.headingOther, heading)) {
            return PartRole.OTHER;
        }
        if (PartVocabulary.finds(words.headingGovernance, heading)) {
            return PartRole.GOVERNANCE;
        }
        boolean plainHeading = !PartVocabulary.finds(words.headingPlan, heading);
        if (plainHeading && !part.intro().isEmpty()
                && PartVocabulary.finds(words.introGovernance, part.intro().get(0))) {
            return PartRole.GOVERNANCE;
        }
        return plainHeading && speaksOfTheGovernment(part) ? PartRole.GOVERNANCE : null;
    }

    /** Whether a heading names a year, a period or a span of five years. */
    private static boolean namesTime(String heading) {
        return !TimeReference.mentions(heading, null).isEmpty() || heading.contains("五年");
    }

    /** Whether the part names 政府 as often as only parts about the government's own work do. */
    private boolean speaksOfTheGovernment(PartText part) {
        int length = part.body().length();
        return length >= MIN_BODY_FOR_DENSITY
                && 1000.0 * PartVocabulary.count(words.textGovernance, part.body()) / length >= words.textGovernancePer1000;
    }

    /** A short part says too little for a rate. */
    private static final int MIN_BODY_FOR_DENSITY = 300;

    Map<PartRole, Double> scores(PartText part, Integer reportYear, boolean first) {
        Map<PartRole, Double> score = new EnumMap<>(PartRole.class);
        for (PartRole role : List.of(PartRole.REVIEW, PartRole.PLAN, PartRole.GOVERNANCE, PartRole.OTHER)) {
            score.put(role, 0.0);
        }
        String heading = part.heading();
        add(score, PartRole.REVIEW, PartVocabulary.finds(words.headingReview, heading) ? HEADING_WORD : 0);
        add(score, PartRole.PLAN, PartVocabulary.finds(words.headingPlan, heading) ? HEADING_WORD - 1 : 0);
        add(score, PartRole.GOVERNANCE, PartVocabulary.finds(words.headingGovernance, heading) ? HEADING_GOVERNANCE : 0);
        add(score, PartRole.OTHER, PartVocabulary.finds(words.headingOther, heading) ? HEADING_GOVERNANCE : 0);
        for (Mention m : TimeReference.mentions(heading, reportYear)) {
            add(score, m.isPast() ? PartRole.REVIEW : PartRole.PLAN, HEADING_TIME);
        }
        String intro = String.join("\n", part.intro());
        add(score, PartRole.REVIEW, PartVocabulary.finds(words.introReview, intro) ? INTRO_WORD : 0);
        add(score, PartRole.PLAN, PartVocabulary.finds(words.introPlan, intro) ? INTRO_WORD : 0);
        add(score, PartRole.GOVERNANCE, PartVocabulary.finds(words.introGovernance, intro) ? INTRO_WORD : 0);
        if (!part.intro().isEmpty()) {
            Mention opening = TimeReference.opening(part.intro().get(0), reportYear);
            if (opening != null) {
                add(score, opening.isPast() ? PartRole.REVIEW : PartRole.PLAN, INTRO_TIME);
            }
        }
        double pastRate = PartVocabulary.count(words.tensePast, part.body());
        double futureRate = PartVocabulary.count(words.tenseFuture, part.body());
        if (pastRate + futureRate > 0) {
            double lean = (pastRate - futureRate) / (pastRate + futureRate);
            add(score, lean > 0 ? PartRole.REVIEW : PartRole.PLAN, Math.abs(lean) * TENSE * 2);
        }
        if (first) {
            add(score, PartRole.REVIEW, FIRST_PART);
        }
        return score;
    }

    private static void add(Map<PartRole, Double> score, PartRole role, double value) {
        score.merge(role, value, Double::sum);
    }

    private static PartRole best(Map<PartRole, Double> score) {
        PartRole best = PartRole.OTHER;
        double top = 0;
        for (Map.Entry<PartRole, Double> e : score.entrySet()) {
            if (e.getValue() > top) {
                top = e.getValue();
                best = e.getKey();
            }
        }
        return best;
    }

    /** High when the heading itself speaks for the role and nothing else is close; text alone is less sure. */
    private double confidence(Map<PartRole, Double> score, PartRole role, PartText part) {
        return Math.min(1.0, margin(score, role) * (headingSpeaks(part, role) ? 1.0 : TEXT_ONLY));
    }

    private boolean headingSpeaks(PartText part, PartRole role) {
        String heading = part.heading();
        boolean time = namesTime(heading);
        return switch (role) {
            case REVIEW -> time || PartVocabulary.finds(words.headingReview, heading);
            case PLAN -> time || PartVocabulary.finds(words.headingPlan, heading);
            case GOVERNANCE -> PartVocabulary.finds(words.headingGovernance, heading);
            case OTHER -> PartVocabulary.finds(words.headingOther, heading);
            default -> true;
        };
    }

    private static double margin(Map<PartRole, Double> score, PartRole role) {
        double top = score.get(role);
        double second = 0;
        for (Map.Entry<PartRole, Double> e : score.entrySet()) {
            if (e.getKey() != role) {
                second = Math.max(second, e.getValue());
            }
        }
        if (top <= 0) {
            return 0.2;
        }
        double margin = (top - second) / top;
        return Math.min(1.0, 0.3 + margin * 0.7);
    }

    /**
     * A review is about one year when its heading names that year alone, and about a period when it names
     * only the period. A heading that names both, or neither, is read from the body: the time the text turns
     * to just before the part's first chapter (the chapters report on it), or, in a part without chapters,
     * the time its first paragraphs open with ("过去一年，…" then 一是…二是…).
     */
    private Integer reviewYear(PartText part, Integer reportYear) {
        List<Mention> heading = TimeReference.mentions(part.heading(), reportYear);
        Integer named = lastYear(heading);
        boolean period = heading.stream().anyMatch(m -> !m.isYear()) || part.heading().contains("五年");
        if (named != null && !period) {
            return named;
        }
        if (named == null && period) {
            return null;
        }
        Mention body = part.hasChapters() ? lastOpening(part.intro(), reportYear) : firstOpening(part.intro(), reportYear);
        if (body != null) {
            return body.isYear() ? (body.year() != null ? body.year() : named) : null;
        }
        if (named != null) {
            return named;
        }
        return reportYear == null ? null : reportYear - 1;
    }

    /**
     * A plan is about the report's year unless it is a five-year part: the heading names the year or the
     * period; a heading that names neither is read from the part's first sentence, and a plan spread over
     * several parts keeps the year of the part before.
     */
    private Integer planYear(PartText part, Integer reportYear, boolean continues, Integer previousYear) {
        List<Mention> heading = TimeReference.mentions(part.heading(), reportYear);
        for (int i = heading.size() - 1; i >= 0; i--) {
            if (heading.get(i).tense() == Tense.THIS_YEAR) {
                return heading.get(i).year() != null ? heading.get(i).year() : reportYear;
            }
        }
        Mention opening = part.intro().isEmpty() ? null : TimeReference.opening(part.intro().get(0), reportYear);
        if (opening != null && opening.tense() == Tense.THIS_YEAR) {
            return opening.year() != null ? opening.year() : reportYear;
        }
        boolean period = !heading.isEmpty() || part.heading().contains("五年")
                || (opening != null && opening.tense() == Tense.COMING_PERIOD);
        if (period) {
            return null;
        }
        return continues ? previousYear : reportYear;
    }

    /** The last year (of the past) a heading names. */
    private static Integer lastYear(List<Mention> mentions) {
        Integer year = null;
        for (Mention m : mentions) {
            if (m.tense() == Tense.PAST_YEAR && m.year() != null) {
                year = m.year();
            }
        }
        return year;
    }

    private static Mention firstOpening(List<String> paragraphs, Integer reportYear) {
        for (String paragraph : paragraphs) {
            Mention m = TimeReference.opening(paragraph, reportYear);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    private static Mention lastOpening(List<String> paragraphs, Integer reportYear) {
        Mention last = null;
        for (String paragraph : paragraphs) {
            Mention m = TimeReference.opening(paragraph, reportYear);
            if (m != null) {
                last = m;
            }
        }
        return last;
    }
}
