package org.policyexplorer.domain;

/**
 * A top-level part as the parts list shows it: its role and year as the parser judged them or the user
 * corrected them, and how sure the parser was (0–1; below 0.5 the outline is marked 结构待确认).
 */
public record OutlinePart(long sectionId, String number, String title, PartRole role, Integer year, int start,
                          double confidence, boolean corrected) {
}
