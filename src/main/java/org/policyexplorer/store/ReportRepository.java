package org.policyexplorer.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.policyexplorer.domain.OutlinePart;
import org.policyexplorer.domain.PartRole;
import org.policyexplorer.domain.Report;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.domain.ReportLevel;
import org.policyexplorer.domain.Section;
import org.policyexplorer.domain.SectionKind;

/** Reports and their outlines in the store. */
public final class ReportRepository {
    private static final String REPORT_COLUMNS =
            "id, title, place, year, sha256, source_name, source_encoding, length(body), imported_at, level, "
            + "EXISTS (SELECT 1 FROM section s WHERE s.report_id = report.id AND s.parent_id IS NULL "
            + "AND s.corrected = 0 AND s.confidence < " + OutlinePart.UNSURE_BELOW + ")";

    private final Database db;
    private final List<ReportIndexer> indexers;

    public ReportRepository(Database db, ReportIndexer... indexers) {
        this.db = db;
        this.indexers = List.of(indexers);
    }

    /** A report to be stored: its text, outline and metadata. */
    public record NewReport(String title, String place, Integer year, ReportLevel level, String sha256,
                            String sourceName, String sourceEncoding, String text, List<Section> parts,
                            List<Double> partConfidence) {
    }



    /**
     * Stores a report and its outline in one transaction. If a report with the same text is already there,
     * nothing is written and the existing one is returned: importing a file twice gives one report.
     *
     * @return the stored report, and whether it was new
     */
    public Stored insertIfAbsent(NewReport report) {
        return db.write(c -> {
            Optional<Report> existing = findBySha(c, report.sha256());
            if (existing.isPresent() && isDeleted(c, existing.get().id())) {
                // the same text again, after a delete: it comes back, with its annotations
                db.afterCommit(indexing(restore(c, existing.get().id())));
                return new Stored(existing.get(), true);
            }
            if (existing.isPresent()) {
                return new Stored(existing.get(), false);
            }
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO report (title, place, year, sha256, "
                    + "source_name, source_encoding, body, imported_at, level) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, report.title());
                ps.setString(2, report.place());
                setInteger(ps, 3, report.year());
                ps.setString(4, report.sha256());
                ps.setString(5, report.sourceName());
                ps.setString(6, report.sourceEncoding());
                ps.setString(7, report.text());
                ps.setString(8, Instant.now().toString());
                ps.setString(9, report.level() == null ? null : report.level().key());
                ps.executeUpdate();
                id = generatedId(ps);
            }
            insertSections(c, id, report.parts(), report.partConfidence());
            applyCorrections(c, id, report.sha256());
            Report created = findById(c, id).orElseThrow();
            db.afterCommit(indexing(new ReportDocument(created, report.text(), loadSections(c, id))));
            TransactionPause.here(c);
            return new Stored(created, true);
        });
    }

    /**
     * What the indexers do once the transaction that stored this document has committed ({@link
     * Database#afterCommit}: the outermost one, when this write is part of a larger one; never if it rolls back).
     */
    private Runnable indexing(ReportDocument document) {
        return () -> indexers.forEach(indexer -> indexer.indexed(document));
    }

    private Runnable forgetting(long reportId) {
        return () -> indexers.forEach(indexer -> indexer.removed(reportId));
    }

    /** Reports and what their derived indexes are built from, for bringing those indexes in step. */
    public List<IndexShape> indexShapes() {
        return db.read(c -> {
            List<IndexShape> shapes = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT r.id, r.sha256, "
                    + "(SELECT group_concat(coalesce(role, '-'), ',') FROM (SELECT role FROM section s "
                    + "WHERE s.report_id = r.id AND s.parent_id IS NULL ORDER BY s.start_pos, s.id)), "
                    + "(SELECT min(id) FROM section s WHERE s.report_id = r.id) "
                    + "FROM report r WHERE r.deleted_at IS NULL ORDER BY r.id")) {
                while (rs.next()) {
                    shapes.add(new IndexShape(rs.getLong(1), rs.getString(2),
                            rs.getString(3) == null ? "" : rs.getString(3), rs.getLong(4)));
                }
            }
            return shapes;
        });
    }

    /**
     * Deletes a report so that it can be brought back ({@link #undoDelete}): it leaves every list and its
     * index rows are removed; its text, outline and annotations stay until it is deleted for good.
     */
    public boolean markDeleted(long id) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE report SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL")) {
                ps.setString(1, Instant.now().toString());
                ps.setLong(2, id);
                if (ps.executeUpdate() == 0) {
                    return false;
                }
            }
            db.afterCommit(forgetting(id));
            return true;
        });
    }

    /** Brings back a report deleted with {@link #markDeleted}. */
    public boolean undoDelete(long id) {
        return db.write(c -> {
            if (!isDeleted(c, id)) {
                return false;
            }
            db.afterCommit(indexing(restore(c, id)));
            return true;
        });
    }

    /** Brings a deleted report back in the store; the caller has it indexed once committed. */
    private ReportDocument restore(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE report SET deleted_at = NULL WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
        return document(c, findById(c, id).orElseThrow());
    }

    /** The report with its text and outline as stored. */
    private static ReportDocument document(Connection c, Report report) throws SQLException {
        String text;
        try (PreparedStatement ps = c.prepareStatement("SELECT body FROM report WHERE id = ?")) {
            ps.setLong(1, report.id());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                text = rs.getString(1);
            }
        }
        return new ReportDocument(report, text, loadSections(c, report.id()));
    }

    private static boolean isDeleted(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT deleted_at IS NOT NULL FROM report WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** Corrects what the title lines were read as: title, place and year, as the user says they are. */
    public Report updateMetadata(long id, String title, String place, Integer year) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE report SET title = ?, place = ?, year = ? WHERE id = ?")) {
                ps.setString(1, title);
                ps.setString(2, place == null || place.isBlank() ? null : place.strip());
                setInteger(ps, 3, year);
                ps.setLong(4, id);
                ps.executeUpdate();
            }
            return findById(c, id).orElseThrow();
        });
    }

    /** Corrects the level of government a report is from. */
    public Report updateLevel(long id, ReportLevel level) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE report SET level = ? WHERE id = ?")) {
                ps.setString(1, level == null ? null : level.key());
                ps.setLong(2, id);
                ps.executeUpdate();
            }
            return findById(c, id).orElseThrow();
        });
    }

    /** The report's top-level parts, with the parser's confidence and whether the user corrected them. */
    public List<OutlinePart> parts(long reportId) {
        return db.read(c -> {
            List<OutlinePart> parts = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, number, title, role, year, start_pos, "
                    + "confidence, corrected FROM section WHERE report_id = ? AND parent_id IS NULL ORDER BY seq")) {
                ps.setLong(1, reportId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        double confidence = rs.getDouble(7);
                        // parts stored before confidences were kept count as sure
                        double judged = rs.wasNull() ? 1.0 : confidence;
                        parts.add(new OutlinePart(rs.getLong(1), rs.getString(2), rs.getString(3),
                                PartRole.fromKey(rs.getString(4)), getInteger(rs, 5), rs.getInt(6), judged,
                                rs.getBoolean(8)));
                    }
                }
            }
            return parts;
        });
    }

    /**
     * Sets a part's role and year as the user says they are, re-indexes the report (search scopes follow
     * roles) and remembers the correction by text hash and part position, so it comes back when the same
     * report is imported again. All in one transaction.
     *
     * @return false when the section is not a top-level part of the report
     */
    public boolean correctPart(long reportId, long sectionId, PartRole role, Integer year) {
        return correctParts(reportId, List.of(new OutlinePart(sectionId, null, null, role, year, 0, 1.0, true)));
    }

    /**
     * Several parts at once, in one transaction with one re-indexing: all of them or none.
     *
     * @return false (and nothing written) when one of the sections is not a top-level part of the report
     */
    public boolean correctParts(long reportId, List<OutlinePart> corrections) {
        return db.write(c -> {
            Report report = findById(c, reportId).orElseThrow();
            List<Integer> starts = new ArrayList<>();
            for (OutlinePart correction : corrections) {
                Integer start = partStart(c, reportId, correction.sectionId());
                if (start == null) {
                    return false; // nothing written yet
                }
                starts.add(start);
            }
            for (int i = 0; i < corrections.size(); i++) {
                OutlinePart correction = corrections.get(i);
                int start = starts.get(i);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO part_correction (report_sha, part_start, "
                        + "role, year, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (report_sha, part_start) "
                        + "DO UPDATE SET role = excluded.role, year = excluded.year, created_at = excluded.created_at")) {
                    ps.setString(1, report.sha256());
                    ps.setInt(2, start);
                    ps.setString(3, correction.role().key());
                    setInteger(ps, 4, correction.year());
                    ps.setString(5, Instant.now().toString());
                    ps.executeUpdate();
                }
            }
            applyCorrections(c, reportId, report.sha256());
            db.afterCommit(indexing(current(c, reportId)));
            return true;
        });
    }

    /** Where a top-level part of the report starts, or null when the section is not one. */
    private static Integer partStart(Connection c, long reportId, long sectionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT start_pos FROM section "
                + "WHERE id = ? AND report_id = ? AND parent_id IS NULL")) {
            ps.setLong(1, sectionId);
            ps.setLong(2, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : null;
            }
        }
    }

    private static void applyCorrections(Connection c, long reportId, String sha) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE section SET role = pc.role, year = pc.year, "
                + "corrected = 1 FROM part_correction pc WHERE section.report_id = ? AND section.parent_id IS NULL "
                + "AND pc.report_sha = ? AND pc.part_start = section.start_pos")) {
            ps.setLong(1, reportId);
            ps.setString(2, sha);
            ps.executeUpdate();
        }
    }

    /** The report as it now is in this transaction, for indexing once it has committed. */
    private ReportDocument current(Connection c, long reportId) throws SQLException {
        return document(c, findById(c, reportId).orElseThrow());
    }

    /** How many sections and live annotations each report has, for the library list. */
    public java.util.Map<Long, int[]> counts() {
        return db.read(c -> {
            java.util.Map<Long, int[]> counts = new HashMap<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT r.id, "
                    + "(SELECT count(*) FROM section s WHERE s.report_id = r.id), "
                    + "(SELECT count(*) FROM annotation a WHERE a.report_id = r.id AND a.deleted_at IS NULL) "
                    + "FROM report r WHERE r.deleted_at IS NULL")) {
                while (rs.next()) {
                    counts.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3)});
                }
            }
            return counts;
        });
    }

    /** Deletes a report for good, with its outline and everything indexed from it; false if there was none. */
    public boolean delete(long id) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM report WHERE id = ?")) {
                ps.setLong(1, id);
                if (ps.executeUpdate() == 0) {
                    return false;
                }
            }
            db.afterCommit(forgetting(id));
            return true;
        });
    }

    /** The outcome of {@link #insertIfAbsent}. */
    public record Stored(Report report, boolean created) {
    }

    public List<Report> list() {
        return db.read(c -> {
            List<Report> reports = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT " + REPORT_COLUMNS + " FROM report WHERE deleted_at IS NULL ORDER BY id")) {
                while (rs.next()) {
                    reports.add(toReport(rs));
                }
            }
            return reports;
        });
    }

    /** The reports the facets keep, in the order imported. */
    public List<Report> list(ReportFacets facets) {
        return select(REPORT_COLUMNS, facets, ReportRepository::toReport);
    }

    /** The ids of the reports the facets keep, in the order imported: what a search over them needs. */
    public List<Long> ids(ReportFacets facets) {
        return select("id", facets, rs -> rs.getLong(1));
    }

    /** One value read from a result row. */
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> select(String columns, ReportFacets facets, RowReader<T> row) {
        return db.read(c -> {
            List<T> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + columns + " FROM report "
                    + "WHERE deleted_at IS NULL AND " + facets.where() + " ORDER BY id")) {
                facets.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(row.read(rs));
                    }
                }
            }
            return rows;
        });
    }

    /** The report with this text, if it is in the store. */
    public Optional<Report> findBySha(String sha256) {
        return db.read(c -> findBySha(c, sha256));
    }

    public Optional<Report> find(long id) {
        return db.read(c -> isDeleted(c, id) ? Optional.<Report>empty() : findById(c, id));
    }

    /** The report imported last, the default for commands given no report. */
    public Optional<Report> latest() {
        return db.read(c -> {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT " + REPORT_COLUMNS + " FROM report WHERE deleted_at IS NULL ORDER BY id DESC LIMIT 1")) {
                return rs.next() ? Optional.of(toReport(rs)) : Optional.empty();
            }
        });
    }

    /** The report with its text and outline; empty for a report that is not there or deleted. */
    public Optional<ReportDocument> load(long id) {
        return db.read(c -> {
            Optional<Report> report = findById(c, id);
            if (report.isEmpty() || isDeleted(c, id)) {
                return Optional.empty();
            }
            return Optional.of(document(c, report.get()));
        });
    }

    private static Optional<Report> findById(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + REPORT_COLUMNS + " FROM report WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(toReport(rs)) : Optional.empty();
            }
        }
    }

    private static Optional<Report> findBySha(Connection c, String sha) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + REPORT_COLUMNS + " FROM report WHERE sha256 = ?")) {
            ps.setString(1, sha);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(toReport(rs)) : Optional.empty();
            }
        }
    }

    private static void insertSections(Connection c, long reportId, List<Section> parts, List<Double> confidence)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO section (report_id, parent_id, seq, kind, role, "
                + "year, number, title, start_pos, heading_end, end_pos, confidence) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            int[] seq = {0};
            for (int i = 0; i < parts.size(); i++) {
                Double partConfidence = confidence != null && i < confidence.size() ? confidence.get(i) : null;
                insertSection(ps, reportId, null, parts.get(i), seq, partConfidence);
            }
        }
    }

    private static void insertSection(PreparedStatement ps, long reportId, Long parentId, Section s, int[] seq,
                                      Double confidence) throws SQLException {
        ps.setLong(1, reportId);
        if (parentId == null) {
            ps.setNull(2, Types.INTEGER);
        } else {
            ps.setLong(2, parentId);
        }
        ps.setInt(3, seq[0]++);
        ps.setString(4, s.kind().key());
        ps.setString(5, s.role() == null ? null : s.role().key());
        setInteger(ps, 6, s.year());
        ps.setString(7, s.number());
        ps.setString(8, s.title());
        ps.setInt(9, s.start());
        ps.setInt(10, s.headingEnd());
        ps.setInt(11, s.end());
        if (confidence == null) {
            ps.setNull(12, Types.REAL);
        } else {
            ps.setDouble(12, confidence);
        }
        ps.executeUpdate();
        long id = generatedId(ps);
        for (Section child : s.children()) {
            insertSection(ps, reportId, id, child, seq, null);
        }
    }

    /** Rebuilds the tree from rows in document order: a parent always comes before its children. */
    private static List<Section> loadSections(Connection c, long reportId) throws SQLException {
        record Row(long id, Long parent, Section flat) {
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, parent_id, kind, role, year, number, title, "
                + "start_pos, heading_end, end_pos FROM section WHERE report_id = ? ORDER BY seq")) {
            ps.setLong(1, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long parent = rs.getLong(2);
                    Long parentId = rs.wasNull() ? null : parent;
                    Section flat = new Section(rs.getLong(1), SectionKind.fromKey(rs.getString(3)),
                            PartRole.fromKey(rs.getString(4)), getInteger(rs, 5), rs.getString(6), rs.getString(7),
                            rs.getInt(8), rs.getInt(9), rs.getInt(10), List.of());
                    rows.add(new Row(rs.getLong(1), parentId, flat));
                }
            }
        }
        Map<Long, List<Long>> childIds = new HashMap<>();
        Map<Long, Section> flatById = new HashMap<>();
        List<Long> roots = new ArrayList<>();
        for (Row row : rows) {
            flatById.put(row.id(), row.flat());
            childIds.put(row.id(), new ArrayList<>());
            if (row.parent() == null) {
                roots.add(row.id());
            } else {
                childIds.get(row.parent()).add(row.id());
            }
        }
        List<Section> parts = new ArrayList<>();
        for (long root : roots) {
            parts.add(assemble(root, flatById, childIds));
        }
        return parts;
    }

    private static Section assemble(long id, Map<Long, Section> flat, Map<Long, List<Long>> childIds) {
        List<Section> children = new ArrayList<>();
        for (long child : childIds.get(id)) {
            children.add(assemble(child, flat, childIds));
        }
        Section s = flat.get(id);
        return s.withId(id, children);
    }

    private static Report toReport(ResultSet rs) throws SQLException {
        return new Report(rs.getLong(1), rs.getString(2), rs.getString(3), getInteger(rs, 4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getInt(8), Instant.parse(rs.getString(9)),
                ReportLevel.fromKey(rs.getString(10)), rs.getBoolean(11));
    }

    private static long generatedId(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no id generated");
            }
            return keys.getLong(1);
        }
    }

    private static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    private static Integer getInteger(ResultSet rs, int index) throws SQLException {
        int value = rs.getInt(index);
        return rs.wasNull() ? null : value;
    }
}
