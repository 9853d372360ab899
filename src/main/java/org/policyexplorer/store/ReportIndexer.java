package org.policyexplorer.store;

import org.policyexplorer.domain.ReportDocument;

/**
 * Something derived from the reports and kept in step with them, told after each change has been committed:
 * the store is written first and is always right, so a derived index that misses a change (a crash in
 * between) is brought back in step from the store, never the other way round.
 */
public interface ReportIndexer {
    /** A report was stored, brought back, or its outline changed: index it as it now is. */
    void indexed(ReportDocument document);

    /** A report was deleted: forget it. */
    void removed(long reportId);
}
