package org.policyexplorer.library;

import java.util.List;
import org.policyexplorer.domain.PartRole;
import org.policyexplorer.domain.Report;
import org.policyexplorer.domain.ReportLevel;
import org.policyexplorer.store.ReportRepository;
import org.policyexplorer.domain.OutlinePart;

/**
 * The user's word on a report's outline: a part's role and year, the report's level. Corrections are kept in
 * the store by text hash and part position, so importing the same report again brings them back; the search
 * index is rebuilt with the new roles in the same transaction, and everything that reads roles (对照, 指标,
 * 跟踪, search scopes) reads the corrected ones.
 */
public final class OutlineCorrections {
    private final ReportRepository reports;

    public OutlineCorrections(ReportRepository reports) {
        this.reports = reports;
    }

    /** The report's top-level parts with the parser's confidence and whether they were corrected. */
    public List<OutlinePart> parts(long reportId) {
        return reports.parts(reportId);
    }

    /**
     * Sets a part's role and year. The preamble is not a role a user can give: it is the text before the
     * first heading.
     *
     * @throws IllegalArgumentException when the section is not a top-level part of the report, or the role is the preamble
     */
    public void correctPart(long reportId, long partId, PartRole role, Integer year) {
        if (role == null || role == PartRole.PREAMBLE) {
            throw new IllegalArgumentException("role " + role);
        }
        if (!reports.correctPart(reportId, partId, role, year)) {
            throw new IllegalArgumentException("section " + partId + " is not a part of report " + reportId);
        }
    }

    /**
     * Several parts of one report at once: all are stored, or — when one is no part of the report or is given
     * the preamble's role — none.
     */
    public void correctParts(long reportId, List<OutlinePart> corrections) {
        if (corrections.stream().anyMatch(p -> p.role() == null || p.role() == PartRole.PREAMBLE)) {
            throw new IllegalArgumentException("the preamble is no role to give");
        }
        if (!reports.correctParts(reportId, corrections)) {
            throw new IllegalArgumentException("not all of " + corrections + " are parts of report " + reportId);
        }
    }

    public Report correctLevel(long reportId, ReportLevel level) {
        return reports.updateLevel(reportId, level);
    }
}
