package org.policyexplorer.trends;

/** How the rows of a term table are made: one per report, or one per year, place or level. */
public enum TermGrouping {
    REPORT, YEAR, PLACE, LEVEL;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
