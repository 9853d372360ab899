package org.policyexplorer.indicators;

import org.policyexplorer.domain.Report;

/**
 * One main target of a place's plan beside what the next year's report says of it: met, not met or not
 * reported, as {@link TargetTracker} judges it.
 *
 * @param indicator the target's name through the synonym table, so outcomes of many places line up
 */
public record TargetOutcome(Report plan, Report review, String indicator, TargetTracker.Tracked tracked) {
}
