package org.policyexplorer.app;

import org.policyexplorer.domain.Report;

/**
 * A report's place, year and level as the window and the command line's text show them: 未知 where the text
 * does not say, so a report without them is listed with the others rather than dropped.
 */
public final class ReportFacetLabels {
    private final Messages messages;

    public ReportFacetLabels(Messages messages) {
        this.messages = messages;
    }

    public String place(Report r) {
        return place(r.place());
    }

    /** A place as written, or 未知. */
    public String place(String place) {
        return place == null || place.isBlank() ? unknown() : place;
    }

    public String year(Report r) {
        return r.year() == null ? unknown() : r.year().toString();
    }

    public String level(Report r) {
        return r.level() == null ? unknown() : messages.get("level." + r.level().key());
    }

    public String unknown() {
        return messages.get("targets.unknown");
    }
}
