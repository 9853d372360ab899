package org.policyexplorer.indicators;

import java.util.List;
import org.policyexplorer.domain.Section;
import org.policyexplorer.domain.Indicator;
import org.policyexplorer.domain.ReportDocument;

/** Pulls the numbers out of a report and sets last year's results beside this year's targets. */
public final class IndicatorService {
    private final IndicatorExtractor extractor = new IndicatorExtractor();
    private final IndicatorPairing pairing = new IndicatorPairing();
    private final TargetTracker tracker = new TargetTracker();

    public IndicatorReport of(ReportDocument doc) {
        List<Indicator> all = extractor.extract(doc);
        List<Indicator> results = all.stream().filter(i -> i.kind() == Indicator.Kind.RESULT).toList();
        List<Indicator> targets = all.stream().filter(i -> i.kind() == Indicator.Kind.TARGET).toList();
        List<Indicator> main = MainTargets.of(doc);
        return new IndicatorReport(all, main, pairing.pair(results, targets, main,
                FigurePeriods.fiveYear(doc, all)));
    }

    /** Whether a plan was met: each target of one year's plan with what the later review reports of it. */
    public List<TargetTracker.Tracked> track(ReportDocument planReport, Section planPart, ReportDocument reviewReport,
                                             Section reviewPart) {
        return tracker.track(planReport, planPart, reviewReport, reviewPart);
    }
}
