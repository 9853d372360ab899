package org.policyexplorer.domain;

/**
 * A top-level part as the parts list shows it: its role and year as the parser judged them or the user
 * corrected them, and how sure the parser was (0–1; below 0.5 the outline is marked 结构待确认).
 */
public record OutlinePart(long sectionId, String number, String title, PartRole role, Integer year, int start,
                          double confidence, boolean corrected) {
    /** Below this confidence a part's role is a guess the user should confirm (结构待确认). */
    public static final double UNSURE_BELOW = 0.5;

    /** Whether the parser was unsure of this part and the user has not said. */
    public boolean unsure() {
        return !corrected && confidence < UNSURE_BELOW;
    }
}
