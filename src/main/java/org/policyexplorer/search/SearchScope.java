package org.policyexplorer.search;

import java.util.Set;
import org.policyexplorer.domain.PartRole;

/**
 * Where to search.
 *
 * @param reportId one report, or null for all
 * @param role     one kind of part (回顾, 安排, 自身建设…), or null for the whole report
 * @param reports  the reports the library's facets keep, or null for every report
 */
public record SearchScope(Long reportId, PartRole role, Set<Long> reports) {

    public SearchScope {
        reports = reports == null ? null : Set.copyOf(reports);
    }

    public static SearchScope all() {
        return new SearchScope(null, null, null);
    }

    public static SearchScope report(long reportId) {
        return new SearchScope(reportId, null, null);
    }

    /** Only these reports (the facets' choice); an empty set finds nothing. */
    public static SearchScope reports(Set<Long> reportIds) {
        return new SearchScope(null, null, reportIds);
    }

    public SearchScope withRole(PartRole newRole) {
        return new SearchScope(reportId, newRole, reports);
    }
}
