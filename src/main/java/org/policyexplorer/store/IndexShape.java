package org.policyexplorer.store;

import java.util.stream.Collectors;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.domain.Section;

/**
 * What a derived index is built from, for one report: its text (by hash), the roles of its parts and the ids
 * of its sections. When the version an index holds differs from the store's, the index is stale for that
 * report and is rebuilt from the store, which is always right.
 *
 * @param roles          the top-level parts' roles in text order, {@code -} for none, comma separated
 * @param firstSectionId the smallest section id (sections stored anew get new ids)
 */
public record IndexShape(long reportId, String sha256, String roles, long firstSectionId) {

    public static IndexShape of(ReportDocument document) {
        // in text order, as ReportRepository.indexShapes reads them: the same shape gives the same version
        String roles = document.parts().stream()
                .sorted(java.util.Comparator.comparingInt(Section::start).thenComparingLong(Section::id))
                .map(p -> p.role() == null ? "-" : p.role().key()).collect(Collectors.joining(","));
        long first = document.parts().stream().mapToLong(IndexShape::smallestId).min().orElse(0);
        return new IndexShape(document.report().id(), document.report().sha256(), roles, first);
    }

    private static long smallestId(Section section) {
        long min = section.id();
        for (Section child : section.children()) {
            min = Math.min(min, smallestId(child));
        }
        return min;
    }

    /** A short string that changes whenever the shape does. */
    public String version() {
        return sha256.substring(0, Math.min(16, sha256.length())) + "-" + Integer.toHexString(roles.hashCode())
                + "-" + firstSectionId;
    }
}
