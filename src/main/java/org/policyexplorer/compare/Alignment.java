package org.policyexplorer.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;


/**
 * The result of aligning a review with a plan: for every unit on each side, the units on the other side
 * that carry it on, best first (the user's links first, rejected ones left out), and the chapter overview.
 */
public final class Alignment {
    private final PartText review;
    private final PartText plan;
    private final List<CompareUnit> reviewUnits;
    private final List<CompareUnit> planUnits;
    private final List<List<Match>> forward;
    private final List<List<Match>> backward;
    private final List<ChapterLink> chapters;
    private final double[][] scores;
    private final TermVectors vectors;

    Alignment(PartText review, PartText plan, List<CompareUnit> reviewUnits, List<CompareUnit> planUnits,
              List<List<Match>> forward, List<List<Match>> backward, List<ChapterLink> chapters, double[][] scores,
              TermVectors vectors) {
        this.review = review;
        this.plan = plan;
        this.reviewUnits = List.copyOf(reviewUnits);
        this.planUnits = List.copyOf(planUnits);
        this.forward = forward;
        this.backward = backward;
        this.chapters = List.copyOf(chapters);
        this.scores = scores;
        this.vectors = vectors;
    }

    public PartText review() {
        return review;
    }

    public PartText plan() {
        return plan;
    }

    public List<CompareUnit> reviewUnits() {
        return reviewUnits;
    }

    public List<CompareUnit> planUnits() {
        return planUnits;
    }

    /** Plan units that carry a review unit forward, best first. */
    public List<Match> matchesOfReview(CompareUnit unit) {
        return forward.get(reviewUnits.indexOf(unit));
    }

    /** Review units a plan unit looks back to, best first. */
    public List<Match> matchesOfPlan(CompareUnit unit) {
        return backward.get(planUnits.indexOf(unit));
    }

    public List<ChapterLink> chapters() {
        return chapters;
    }

    /** The computed score of a pair, whatever the user said of it. */
    public double score(CompareUnit reviewUnit, CompareUnit planUnit) {
        return scores[reviewUnits.indexOf(reviewUnit)][planUnits.indexOf(planUnit)];
    }

    /** The best pair of units within a review chapter and a plan chapter, for a click on the overview. */
    public Pair bestPairIn(ChapterLink cell) {
        Pair best = null;
        for (int i = 0; i < reviewUnits.size(); i++) {
            if (reviewUnits.get(i).chapter() == null || reviewUnits.get(i).chapter().id() != cell.review().id()) {
                continue;
            }
            for (int j = 0; j < planUnits.size(); j++) {
                CompareUnit p = planUnits.get(j);
                if (p.chapter() != null && p.chapter().id() == cell.plan().id()
                        && (best == null || scores[i][j] > best.score())) {
                    best = new Pair(reviewUnits.get(i), p, scores[i][j]);
                }
            }
        }
        return best;
    }

    /** Words the two texts share that say something (沪通铁路, 河长制), as ranges of each text. */
    public SharedTerms sharedTerms(String reviewText, String planText) {
        return SharedTerms.between(reviewText, planText, vectors);
    }

    /** A review unit and a plan unit, with their score. */
    public record Pair(CompareUnit review, CompareUnit plan, double score) {
    }

    static List<Match> sorted(List<Match> matches) {
        List<Match> out = new ArrayList<>(matches);
        out.sort(Comparator.comparing((Match m) -> m.origin() != Match.Origin.USER)
                .thenComparing(Comparator.comparingDouble(Match::score).reversed()));
        return out;
    }

}
