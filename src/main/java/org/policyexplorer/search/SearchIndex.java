package org.policyexplorer.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.policyexplorer.domain.CodePointOffsets;
import org.policyexplorer.domain.PartRole;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.domain.Section;
import org.policyexplorer.store.Database;
import org.policyexplorer.store.ReportIndexer;
import org.policyexplorer.store.ReportRepository;

/**
 * Keeps the full-text index in step with the reports (see docs/search.md). Each row is the text one section
 * owns: every line of the report belongs to the smallest section that contains it whole, so a hit is
 * reported on its topic or paragraph, or on the heading's own section.
 */
public final class SearchIndex implements ReportIndexer {
    private final Database db;

    public SearchIndex(Database db) {
        this.db = db;
    }

    @Override
    public void added(Connection c, ReportDocument doc) throws SQLException {
        CodePointOffsets offsets = new CodePointOffsets(doc.text());
        try (PreparedStatement row = c.prepareStatement("INSERT INTO search_row (report_id, section_id, role, "
                + "start_pos, cp_start, text, norm) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement fts = c.prepareStatement(
                     "INSERT INTO search_index (rowid, uni, bi, tri, scope) VALUES (?, ?, ?, ?, ?)")) {
            for (OwnedText owned : ownedTexts(doc)) {
                String text = doc.text().substring(owned.start(), owned.end());
                String norm = SearchFolding.fold(text);
                row.setLong(1, doc.report().id());
                row.setLong(2, owned.section().id());
                row.setString(3, owned.role() == null ? null : owned.role().key());
                row.setInt(4, owned.start());
                row.setInt(5, offsets.toCodePoints(owned.start()));
                row.setString(6, text);
                row.setString(7, norm);
                row.executeUpdate();
                long rowId;
                try (ResultSet keys = row.getGeneratedKeys()) {
                    keys.next();
                    rowId = keys.getLong(1);
                }
                fts.setLong(1, rowId);
                fts.setString(2, IndexTokens.unigrams(norm));
                fts.setString(3, IndexTokens.ngrams(norm, 2));
                fts.setString(4, IndexTokens.ngrams(norm, 3));
                fts.setString(5, scopeTokens(doc.report().id(), owned.role()));
                fts.executeUpdate();
            }
        }
    }

    @Override
    public void removed(Connection c, long reportId) throws SQLException {
        try (PreparedStatement fts = c.prepareStatement(
                "DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_row WHERE report_id = ?)");
             PreparedStatement rows = c.prepareStatement("DELETE FROM search_row WHERE report_id = ?")) {
            fts.setLong(1, reportId);
            fts.executeUpdate();
            rows.setLong(1, reportId);
            rows.executeUpdate();
        }
    }

    /** Indexes reports stored before the index existed (a store from an older version). */
    public int indexMissing(ReportRepository reports) {
        List<Long> missing = db.read(c -> {
            List<Long> ids = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT id FROM report WHERE NOT EXISTS (SELECT 1 FROM search_row WHERE report_id = report.id)")) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
        for (long id : missing) {
            reports.load(id).ifPresent(doc -> db.write(c -> {
                added(c, doc);
                return null;
            }));
        }
        return missing.size();
    }

    static String scopeTokens(long reportId, PartRole role) {
        return "r" + reportId + (role == null ? "" : " " + role.key());
    }

    /** The lines a section owns: a run of whole lines not inside any of its children. */
    record OwnedText(Section section, PartRole role, int start, int end) {
    }

    static List<OwnedText> ownedTexts(ReportDocument doc) {
        String text = doc.text();
        List<OwnedText> owned = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            if (lineEnd > lineStart) {
                addLine(owned, doc.parts(), lineStart, lineEnd);
            }
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
        return owned;
    }

    private static void addLine(List<OwnedText> owned, List<Section> parts, int start, int end) {
        Section owner = null;
        PartRole role = null;
        List<Section> level = parts;
        boolean descended = true;
        while (descended) {
            descended = false;
            for (Section s : level) {
                if (s.start() <= start && end <= s.end()) {
                    owner = s;
                    role = role == null ? s.role() : role;
                    level = s.children();
                    descended = true;
                    break;
                }
            }
        }
        if (owner == null) {
            return; // a line outside every part cannot occur in a parsed report; nothing to attach it to
        }
        OwnedText last = owned.isEmpty() ? null : owned.get(owned.size() - 1);
        if (last != null && last.section().id() == owner.id()) {
            owned.set(owned.size() - 1, new OwnedText(owner, role, last.start(), end));
        } else {
            owned.add(new OwnedText(owner, role, start, end));
        }
    }
}
