package org.policyexplorer.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policyexplorer.domain.Link;
import org.policyexplorer.domain.Section;
import org.policyexplorer.domain.SectionKind;

/**
 * Aligns what a review says was done with what a plan promises (see docs/compare.md). A pair's score
 * mixes three cosines of TF-IDF vectors over character pairs and triples: the two texts, the two titles
 * (lead sentences are summaries), and the two chapters around them (a topic of 六、更加注重绿色发展 is
 * more likely to carry on 生态治理成效明显 than a topic elsewhere with a few words in common).
 */
public final class Aligner {
    static final double TEXT_WEIGHT = 1.0;
    static final double TITLE_WEIGHT = 0.25;
    static final double CHAPTER_WEIGHT = 0.5;
    /** Scores are shown on 0..1: divided by the most the three cosines can add up to. */
    static final double MAX_SCORE = TEXT_WEIGHT + TITLE_WEIGHT + CHAPTER_WEIGHT;
    /** How many suggestions a unit lists. */
    static final int SUGGESTIONS = 5;
    /**
     * Below this, two texts share only the words every text uses. Measured on the gold (check-gold): at 0.02,
     * 130 of 139 units had their right first suggestion and 1 of the 5 units that nothing carries on got one;
     * at 0.01, 136 of 139 and 2 of 5; lower changes nothing more.
     */
    static final double MIN_SCORE = 0.01;

    public Alignment align(PartText review, PartText plan, List<Link> userLinks) {
        List<List<CompareUnit>> both = CompareUnits.of(review, plan);
        List<CompareUnit> reviewUnits = both.get(0);
        List<CompareUnit> planUnits = both.get(1);
        List<String> documents = new ArrayList<>();
        reviewUnits.forEach(u -> documents.add(u.text()));
        planUnits.forEach(u -> documents.add(u.text()));
        TermVectors vectors = new TermVectors(documents);

        Vectors r = new Vectors(reviewUnits, review, vectors);
        Vectors p = new Vectors(planUnits, plan, vectors);
        double[][] scores = new double[reviewUnits.size()][planUnits.size()];
        for (int i = 0; i < reviewUnits.size(); i++) {
            for (int j = 0; j < planUnits.size(); j++) {
                scores[i][j] = (TEXT_WEIGHT * TermVectors.cosine(r.text.get(i), p.text.get(j))
                        + TITLE_WEIGHT * TermVectors.cosine(r.title.get(i), p.title.get(j))
                        + CHAPTER_WEIGHT * TermVectors.cosine(r.chapter.get(i), p.chapter.get(j))) / MAX_SCORE;
            }
        }
        UserLinks links = new UserLinks(userLinks, reviewUnits, planUnits);
        List<List<Match>> forward = new ArrayList<>();
        for (int i = 0; i < reviewUnits.size(); i++) {
            forward.add(matches(i, planUnits, scores, links, true));
        }
        List<List<Match>> backward = new ArrayList<>();
        for (int j = 0; j < planUnits.size(); j++) {
            backward.add(matches(j, reviewUnits, scores, links, false));
        }
        return new Alignment(review, plan, reviewUnits, planUnits, forward, backward,
                chapterLinks(review, plan, vectors), scores, vectors);
    }

    private static List<Match> matches(int from, List<CompareUnit> others, double[][] scores, UserLinks links,
                                       boolean forward) {
        List<Match> auto = new ArrayList<>();
        List<Match> user = new ArrayList<>();
        for (int k = 0; k < others.size(); k++) {
            double score = forward ? scores[from][k] : scores[k][from];
            Link.State state = forward ? links.state(from, k) : links.state(k, from);
            if (state == Link.State.CONFIRMED || state == Link.State.ADDED) {
                user.add(new Match(others.get(k), score, Match.Origin.USER));
            } else if (state == null && score >= MIN_SCORE) {
                auto.add(new Match(others.get(k), score, Match.Origin.AUTO));
            }
        }
        List<Match> best = new ArrayList<>(Alignment.sorted(user));
        Alignment.sorted(auto).stream().limit(SUGGESTIONS).forEach(best::add);
        return best;
    }

    private static List<ChapterLink> chapterLinks(PartText review, PartText plan, TermVectors vectors) {
        List<ChapterLink> links = new ArrayList<>();
        Map<Section, Map<String, Double>> planChapters = new LinkedHashMap<>();
        for (Section s : plan.part().children()) {
            if (s.kind() == SectionKind.CHAPTER) {
                planChapters.put(s, vectors.vector(plan.text(s)));
            }
        }
        for (Section r : review.part().children()) {
            if (r.kind() != SectionKind.CHAPTER) {
                continue;
            }
            Map<String, Double> rv = vectors.vector(review.text(r));
            planChapters.forEach((ps, pv) -> links.add(new ChapterLink(r, ps, TermVectors.cosine(rv, pv))));
        }
        return links;
    }

    /** Text, title and chapter vectors of one side's units. */
    private static final class Vectors {
        final List<Map<String, Double>> text = new ArrayList<>();
        final List<Map<String, Double>> title = new ArrayList<>();
        final List<Map<String, Double>> chapter = new ArrayList<>();

        Vectors(List<CompareUnit> units, PartText side, TermVectors vectors) {
            Map<Long, Map<String, Double>> chapters = new HashMap<>();
            for (CompareUnit u : units) {
                text.add(vectors.vector(u.text()));
                title.add(vectors.vector(u.title() == null ? "" : u.title()));
                chapter.add(u.chapter() == null ? Map.of()
                        : chapters.computeIfAbsent(u.chapter().id(), id -> vectors.vector(side.text(u.chapter()))));
            }
        }
    }

    /** The user's links, looked up by unit index. */
    private static final class UserLinks {
        private final Map<String, Link.State> states = new HashMap<>();
        private final List<CompareUnit> reviewUnits;
        private final List<CompareUnit> planUnits;

        UserLinks(List<Link> links, List<CompareUnit> reviewUnits, List<CompareUnit> planUnits) {
            this.reviewUnits = reviewUnits;
            this.planUnits = planUnits;
            links.forEach(l -> states.put(l.reviewKey() + "\u0000" + l.planKey(), l.state()));
        }

        Link.State state(int review, int plan) {
            return states.get(reviewUnits.get(review).key() + "\u0000" + planUnits.get(plan).key());
        }
    }
}
