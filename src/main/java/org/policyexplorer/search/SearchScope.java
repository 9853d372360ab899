package org.policyexplorer.search;

import org.policyexplorer.domain.PartRole;

/**
 * Where to search.
 *
 * @param reportId one report, or null for all
 * @param role     one kind of part (回顾, 安排, 自身建设…), or null for the whole report
 */
public record SearchScope(Long reportId, PartRole role) {

    public static SearchScope all() {
        return new SearchScope(null, null);
    }

    public static SearchScope report(long reportId) {
        return new SearchScope(reportId, null);
    }

    public SearchScope withRole(PartRole newRole) {
        return new SearchScope(reportId, newRole);
    }
}
