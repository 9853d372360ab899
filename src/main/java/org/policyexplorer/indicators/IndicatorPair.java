package org.policyexplorer.indicators;

import org.policyexplorer.domain.Indicator;

/**
 * A result and a target of the same indicator.
 *
 * @param similarity how alike their names are (0..1)
 * @param difference target minus result in the same unit, when both are figures of one kind; else null
 */
public record IndicatorPair(String name, Indicator result, Indicator target, double similarity, Double difference) {
}
