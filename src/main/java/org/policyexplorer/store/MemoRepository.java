package org.policyexplorer.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Memos on a report (a researcher's notes on the whole text, not on a passage). A tag's memo is kept with the
 * tag ({@link TagRepository#setMemo}). An empty memo is no memo: its row goes.
 */
public final class MemoRepository {
    private final Database db;

    public MemoRepository(Database db) {
        this.db = db;
    }

    /** The report's memo, or "" when it has none. */
    public String reportMemo(long reportId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT body FROM report_memo WHERE report_id = ?")) {
                ps.setLong(1, reportId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : "";
                }
            }
        });
    }

    /** Every report's memo that is not empty, by report id. */
    public Map<Long, String> reportMemos() {
        return db.read(c -> {
            Map<Long, String> out = new LinkedHashMap<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT report_id, body FROM report_memo ORDER BY report_id")) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getString(2));
                }
            }
            return out;
        });
    }

    public void setReportMemo(long reportId, String body) {
        db.write(c -> {
            if (body == null || body.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM report_memo WHERE report_id = ?")) {
                    ps.setLong(1, reportId);
                    ps.executeUpdate();
                }
                return null;
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO report_memo (report_id, body, updated_at) "
                    + "VALUES (?, ?, ?) ON CONFLICT (report_id) DO UPDATE SET body = excluded.body, "
                    + "updated_at = excluded.updated_at")) {
                ps.setLong(1, reportId);
                ps.setString(2, body);
                ps.setString(3, Instant.now().toString());
                ps.executeUpdate();
            }
            return null;
        });
    }
}
