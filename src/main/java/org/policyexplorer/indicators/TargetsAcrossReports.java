package org.policyexplorer.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.policyexplorer.compare.CompareService;
import org.policyexplorer.domain.Indicator;
import org.policyexplorer.domain.Report;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.domain.Section;
import org.policyexplorer.library.LibraryService;
import org.policyexplorer.library.PlanReviewPairs;
import org.policyexplorer.library.ReportFilter;

/**
 * 目标: the main expected targets of every report the library's facets keep, side by side; and, for each
 * place the library holds in consecutive years, last year's main targets beside what the next report says of
 * them. The pairs are the library's ({@link PlanReviewPairs}), the judging is {@link TargetTracker}'s, and the
 * plan and review parts are those 对照 and 文库's tracking use ({@link CompareService#planOf}).
 */
public final class TargetsAcrossReports {
    private final LibraryService library;
    private final IndicatorService indicators;

    public TargetsAcrossReports(LibraryService library, IndicatorService indicators) {
        this.library = library;
        this.indicators = indicators;
    }

    /** The targets table of the reports the filter keeps. */
    public TargetsTable table(ReportFilter filter) {
        return TargetsTable.of(library.list(filter).stream().map(r -> library.document(r.id())).toList());
    }

    /**
     * Last year's main targets with what the next report says of them, for every pair of consecutive years of
     * one place among the reports the filter keeps; a pair whose plan or review part is not found is left out.
     */
    public List<TargetOutcome> outcomes(ReportFilter filter) {
        List<TargetOutcome> outcomes = new ArrayList<>();
        for (PlanReviewPairs.Pair pair : PlanReviewPairs.of(library.list(filter))) {
            ReportDocument plan = library.document(pair.plan().id());
            ReportDocument review = library.document(pair.review().id());
            Optional<Section> planPart = CompareService.planOf(plan);
            Optional<Section> reviewPart = CompareService.reviewOf(review);
            if (planPart.isEmpty() || reviewPart.isEmpty()) {
                continue;
            }
            outcomes.addAll(mainOutcomes(pair.plan(), pair.review(), MainTargets.of(plan),
                    indicators.track(plan, planPart.get(), review, reviewPart.get())));
        }
        return outcomes;
    }

    /** The tracked targets that are main targets (the tracker also follows the plan's other figures). */
    private static List<TargetOutcome> mainOutcomes(Report plan, Report review, List<Indicator> main,
                                                    List<TargetTracker.Tracked> tracked) {
        Set<Integer> mainStarts = main.stream().map(Indicator::start).collect(Collectors.toSet());
        return tracked.stream().filter(t -> mainStarts.contains(t.target().start()))
                .map(t -> new TargetOutcome(plan, review, IndicatorSynonyms.canonical(t.name()), t)).toList();
    }
}
