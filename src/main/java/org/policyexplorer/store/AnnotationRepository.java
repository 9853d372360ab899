package org.policyexplorer.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.policyexplorer.domain.Annotation;

/** Annotations and their tags. Every change is one transaction; a delete can be undone. */
public final class AnnotationRepository {
    private static final String COLUMNS = "id, uuid, report_id, start_pos, end_pos, exact, prefix, suffix, note, "
            + "color, status, created_at, updated_at";
    private final Database db;

    public AnnotationRepository(Database db) {
        this.db = db;
    }

    /** Stores a new annotation (its id is ignored) and returns it as stored. */
    public Annotation insert(Annotation a) {
        return db.write(c -> insert(c, a));
    }

    /** Stores several at once: all or none (an import). */
    public List<Annotation> insertAll(List<Annotation> annotations) {
        return db.write(c -> {
            List<Annotation> stored = new ArrayList<>();
            for (Annotation a : annotations) {
                stored.add(insert(c, a));
            }
            return stored;
        });
    }

    private Annotation insert(Connection c, Annotation a) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO annotation (uuid, report_id, start_pos, end_pos, "
                + "exact, prefix, suffix, note, color, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, a.uuid());
            ps.setLong(2, a.reportId());
            ps.setInt(3, a.start());
            ps.setInt(4, a.end());
            ps.setString(5, a.exact());
            ps.setString(6, a.prefix());
            ps.setString(7, a.suffix());
            ps.setString(8, a.note());
            ps.setString(9, a.color());
            ps.setString(10, a.status().key());
            ps.setString(11, a.created().toString());
            ps.setString(12, a.updated().toString());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        setTags(c, id, a.tags());
        return find(c, id).orElseThrow();
    }

    /** Changes the note, tags and colour. */
    public Annotation update(long id, String note, List<String> tags, String color) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE annotation SET note = ?, color = ?, updated_at = ? WHERE id = ?")) {
                ps.setString(1, note);
                ps.setString(2, color);
                ps.setString(3, Instant.now().toString());
                ps.setLong(4, id);
                ps.executeUpdate();
            }
            setTags(c, id, tags);
            return find(c, id).orElseThrow();
        });
    }

    /** An annotation put on another report (a new version) at a new place, or marked orphaned there. */
    public record Move(long id, long reportId, int start, int end, String exact, String prefix, String suffix,
                       Annotation.Status status) {
    }

    /** Moves several annotations at once: all or none, so a failure leaves every one on the old version. */
    public void moveAll(List<Move> moves) {
        db.write(c -> {
            move(c, moves);
            return null;
        });
    }

    /**
     * Moves a report's annotations to its new version and, in the same transaction, its memo (unless the new
     * version has one of its own already).
     */
    public void moveAll(List<Move> moves, long fromReport, long toReport) {
        db.write(c -> {
            move(c, moves);
            try (PreparedStatement ps = c.prepareStatement("UPDATE report_memo SET report_id = ? WHERE report_id = ? "
                    + "AND NOT EXISTS (SELECT 1 FROM report_memo WHERE report_id = ?)")) {
                ps.setLong(1, toReport);
                ps.setLong(2, fromReport);
                ps.setLong(3, toReport);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static void move(Connection c, List<Move> moves) throws SQLException {
        String now = Instant.now().toString();
        try (PreparedStatement ps = c.prepareStatement("UPDATE annotation SET report_id = ?, start_pos = ?, "
                + "end_pos = ?, exact = ?, prefix = ?, suffix = ?, status = ?, updated_at = ? WHERE id = ?")) {
            for (Move m : moves) {
                ps.setLong(1, m.reportId());
                ps.setInt(2, m.start());
                ps.setInt(3, m.end());
                ps.setString(4, m.exact());
                ps.setString(5, m.prefix());
                ps.setString(6, m.suffix());
                ps.setString(7, m.status().key());
                ps.setString(8, now);
                ps.setLong(9, m.id());
                ps.executeUpdate();
            }
        }
    }

    /** Deletes (recoverably): the annotation disappears from every list until {@link #undelete}. */
    public boolean delete(long id) {
        return setDeleted(id, Instant.now().toString());
    }

    public boolean undelete(long id) {
        return setDeleted(id, null);
    }

    private boolean setDeleted(long id, String when) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE annotation SET deleted_at = ? WHERE id = ?")) {
                ps.setString(1, when);
                ps.setLong(2, id);
                return ps.executeUpdate() > 0;
            }
        });
    }

    public Optional<Annotation> find(long id) {
        return db.read(c -> find(c, id));
    }

    public Optional<Annotation> findByUuid(String uuid) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM annotation WHERE uuid = ?")) {
                ps.setString(1, uuid);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? find(c, rs.getLong(1)) : Optional.empty();
                }
            }
        });
    }

    /** Whether an annotation with this id was ever stored here, deleted or not. */
    public boolean hasUuid(String uuid) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM annotation WHERE uuid = ?")) {
                ps.setString(1, uuid);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** The live annotations of a report (or of all reports), optionally with a tag, in text order. */
    public List<Annotation> list(Long reportId, String tag) {
        return listAnyOf(reportId, tag == null ? null : List.of(tag));
    }

    /** The live annotations of a report (or of all), optionally only those with any of these tags, in text order. */
    public List<Annotation> listAnyOf(Long reportId, Collection<String> anyOfTags) {
        return db.read(c -> {
            StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM annotation a WHERE deleted_at IS NULL");
            if (reportId != null) {
                sql.append(" AND report_id = ?");
            }
            if (anyOfTags != null) {
                sql.append(" AND EXISTS (SELECT 1 FROM annotation_tag at JOIN tag t ON t.id = at.tag_id "
                        + "WHERE at.annotation_id = a.id AND t.name IN (")
                        .append(String.join(", ", Collections.nCopies(Math.max(1, anyOfTags.size()), "?"))).append("))");
            }
            sql.append(" ORDER BY report_id, start_pos, id");
            List<Annotation> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                int i = 1;
                if (reportId != null) {
                    ps.setLong(i++, reportId);
                }
                if (anyOfTags != null) {
                    if (anyOfTags.isEmpty()) {
                        ps.setNull(i, java.sql.Types.VARCHAR); // IN (NULL): nothing
                    }
                    for (String tag : anyOfTags) {
                        ps.setString(i++, tag);
                    }
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(toAnnotation(c, rs));
                    }
                }
            }
            return out;
        });
    }

    private static void setTags(Connection c, long id, List<String> tags) throws SQLException {
        try (PreparedStatement clear = c.prepareStatement("DELETE FROM annotation_tag WHERE annotation_id = ?")) {
            clear.setLong(1, id);
            clear.executeUpdate();
        }
        try (PreparedStatement link = c.prepareStatement(
                "INSERT OR IGNORE INTO annotation_tag (annotation_id, tag_id) VALUES (?, ?)")) {
            for (String tag : tags) {
                if (tag.isBlank()) {
                    continue;
                }
                link.setLong(1, id);
                link.setLong(2, TagRepository.ensure(c, tag.strip()));
                link.executeUpdate();
            }
        }
    }

    private static Optional<Annotation> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM annotation WHERE id = ? "
                + "AND deleted_at IS NULL")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(toAnnotation(c, rs)) : Optional.empty();
            }
        }
    }

    private static Annotation toAnnotation(Connection c, ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        List<String> tags = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT t.name FROM annotation_tag at JOIN tag t "
                + "ON t.id = at.tag_id WHERE at.annotation_id = ? ORDER BY t.name")) {
            ps.setLong(1, id);
            try (ResultSet t = ps.executeQuery()) {
                while (t.next()) {
                    tags.add(t.getString(1));
                }
            }
        }
        return new Annotation(id, rs.getString(2), rs.getLong(3), rs.getInt(4), rs.getInt(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getString(9), tags, rs.getString(10),
                Annotation.Status.fromKey(rs.getString(11)), Instant.parse(rs.getString(12)),
                Instant.parse(rs.getString(13)));
    }
}
