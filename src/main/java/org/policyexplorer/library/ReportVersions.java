package org.policyexplorer.library;

import java.util.Optional;
import org.policyexplorer.domain.Report;
import org.policyexplorer.store.ReportRepository;

/**
 * Which report in the library a new one is a version of: the same title, place and year, another text (a
 * corrected edition). Its annotations can move to the new version, placed again by their quotes.
 */
public final class ReportVersions {
    private final ReportRepository reports;

    public ReportVersions(ReportRepository reports) {
        this.reports = reports;
    }

    /** The latest other report with the same title, place and year; empty when place or year is unknown. */
    public Optional<Report> earlierVersionOf(Report report) {
        if (report.place() == null || report.year() == null) {
            return Optional.empty();
        }
        return reports.list().stream().filter(r -> r.id() != report.id() && report.title().equals(r.title())
                && report.place().equals(r.place()) && report.year().equals(r.year()))
                .reduce((first, second) -> second);
    }
}
