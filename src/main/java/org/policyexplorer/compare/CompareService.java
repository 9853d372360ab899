package org.policyexplorer.compare;

import java.util.Optional;
import org.policyexplorer.domain.Link;
import org.policyexplorer.domain.PartRole;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.domain.Section;
import org.policyexplorer.store.LinkRepository;

/** Aligns a review with a plan, with the user's links, and records what the user says about pairs. */
public final class CompareService {
    private final LinkRepository links;
    private final Aligner aligner = new Aligner();

    public CompareService(LinkRepository links) {
        this.links = links;
    }

    /** The report's review part (the last one, for a report that reviews a year and five), if it has one. */
    public static Optional<Section> reviewOf(ReportDocument doc) {
        return partOf(doc, PartRole.REVIEW);
    }

    /**
     * The report's plan for its own year (of several such parts, the one with most chapters: the tasks, not
     * the general requirements before them), else a plan about some single year, else its first plan part.
     * Five-year parts come last: 对照 sets last year's work beside this year's.
     */
    public static Optional<Section> planOf(ReportDocument doc) {
        Integer year = doc.report().year();
        java.util.Comparator<Section> byChapters = java.util.Comparator.comparingLong(CompareService::chapterCount);
        Optional<Section> annual = doc.parts().stream()
                .filter(p -> p.role() == PartRole.PLAN && year != null && year.equals(p.year()))
                .max(byChapters.thenComparing(p -> -p.start()));
        return annual.or(() -> doc.parts().stream().filter(p -> p.role() == PartRole.PLAN && p.year() != null)
                .findFirst()).or(() -> partOf(doc, PartRole.PLAN));
    }

    private static long chapterCount(Section part) {
        return part.children().stream().filter(c -> c.kind() == org.policyexplorer.domain.SectionKind.CHAPTER).count();
    }

    private static Optional<Section> partOf(ReportDocument doc, PartRole role) {
        return doc.parts().stream().filter(p -> p.role() == role).findFirst();
    }

    public Alignment align(PartText review, PartText plan) {
        return aligner.align(review, plan, links.between(sha(review), sha(plan)));
    }

    public void confirm(Alignment alignment, CompareUnit review, CompareUnit plan) {
        put(alignment, review, plan, Link.State.CONFIRMED);
    }

    public void reject(Alignment alignment, CompareUnit review, CompareUnit plan) {
        put(alignment, review, plan, Link.State.REJECTED);
    }

    public void add(Alignment alignment, CompareUnit review, CompareUnit plan) {
        put(alignment, review, plan, Link.State.ADDED);
    }

    /** Takes back what the user said of a pair. */
    public boolean remove(Alignment alignment, CompareUnit review, CompareUnit plan) {
        return links.remove(sha(alignment.review()), review.key(), sha(alignment.plan()), plan.key());
    }

    private void put(Alignment alignment, CompareUnit review, CompareUnit plan, Link.State state) {
        links.put(new Link(sha(alignment.review()), review.key(), sha(alignment.plan()), plan.key(), state));
    }

    private static String sha(PartText side) {
        return side.document().report().sha256();
    }
}
