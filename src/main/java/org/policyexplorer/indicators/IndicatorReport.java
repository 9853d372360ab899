package org.policyexplorer.indicators;

import java.util.List;
import org.policyexplorer.domain.Indicator;

/** A report's figures: all of them, the plan's main targets, and results paired with targets. */
public record IndicatorReport(List<Indicator> indicators, List<Indicator> mainTargets, List<IndicatorPair> pairs) {

    public IndicatorReport {
        indicators = List.copyOf(indicators);
        mainTargets = List.copyOf(mainTargets);
        pairs = List.copyOf(pairs);
    }
}
