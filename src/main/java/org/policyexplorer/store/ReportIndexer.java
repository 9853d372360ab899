package org.policyexplorer.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.policyexplorer.domain.ReportDocument;

/**
 * Something kept in step with the reports, inside the same transaction as the change: a report and its
 * index are written together or not at all.
 */
public interface ReportIndexer {
    void added(Connection connection, ReportDocument document) throws SQLException;

    void removed(Connection connection, long reportId) throws SQLException;
}
