package org.policyexplorer.library;

/** A report asked for by id that is not in the library (never imported, or deleted meanwhile). */
public final class ReportMissingException extends RuntimeException {
    private final long reportId;

    public ReportMissingException(long reportId) {
        super("no report " + reportId);
        this.reportId = reportId;
    }

    public long reportId() {
        return reportId;
    }
}
