package org.policyexplorer.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.policyexplorer.domain.Tag;

/**
 * Tags (codes): their names, the tag each sits under, colours and memos. Each change is one transaction; names are
 * unique, so a tag is named by its name. Loops (a tag under its own descendant) are refused by the service before
 * they reach here; {@link #isBelow} is what it asks.
 */
public final class TagRepository {
    private final Database db;

    public TagRepository(Database db) {
        this.db = db;
    }

    /** Every tag with its parent's name and how many live annotations carry it. */
    public List<Tag> list() {
        return db.read(c -> {
            List<Tag> tags = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT t.name, p.name, t.color, "
                    + "t.memo, (SELECT count(*) FROM annotation_tag at JOIN annotation a ON a.id = at.annotation_id "
                    + "WHERE at.tag_id = t.id AND a.deleted_at IS NULL) FROM tag t LEFT JOIN tag p ON p.id = t.parent_id "
                    + "ORDER BY t.name")) {
                while (rs.next()) {
                    tags.add(new Tag(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)));
                }
            }
            return tags;
        });
    }

    public Optional<Tag> find(String name) {
        return list().stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /**
     * A tag as an import defines it: created with this parent, colour and memo when there is none of the name;
     * a tag already here keeps its place and colour, and a memo it lacks is given. Returns whether it was created.
     */
    public boolean define(String name, String parent, String color, String memo) {
        return db.write(c -> {
            boolean existed = idOf(c, name).isPresent();
            long id = ensure(c, name);
            if (!existed) {
                if (parent != null) {
                    setParent(c, id, ensure(c, parent));
                }
                if (color != null) {
                    update(c, "UPDATE tag SET color = ? WHERE id = ?", color, id);
                }
            }
            if (memo != null && !memo.isEmpty()) {
                update(c, "UPDATE tag SET memo = ? WHERE id = ? AND memo = ''", memo, id);
            }
            return !existed;
        });
    }

    /** Puts a tag under another (created if need be), or at the top with a null parent. */
    public void setParent(String name, String parent) {
        db.write(c -> {
            long id = ensure(c, name);
            if (parent == null) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE tag SET parent_id = NULL WHERE id = ?")) {
                    ps.setLong(1, id);
                    ps.executeUpdate();
                }
            } else {
                setParent(c, id, ensure(c, parent));
            }
            return null;
        });
    }

    /** Whether {@code name} is {@code ancestor} or somewhere below it. */
    public boolean isBelow(String name, String ancestor) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("WITH RECURSIVE up(id, parent_id) AS (SELECT id, parent_id "
                    + "FROM tag WHERE name = ? UNION SELECT t.id, t.parent_id FROM tag t JOIN up ON t.id = up.parent_id) "
                    + "SELECT 1 FROM up JOIN tag t ON t.id = up.id WHERE t.name = ?")) {
                ps.setString(1, name);
                ps.setString(2, ancestor);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    public void setColor(String name, String color) {
        db.write(c -> update(c, "UPDATE tag SET color = ? WHERE id = ?", color, ensure(c, name)));
    }

    public void setMemo(String name, String memo) {
        db.write(c -> update(c, "UPDATE tag SET memo = ? WHERE id = ?", memo, ensure(c, name)));
    }

    /**
     * Renames a tag; onto an existing tag the two merge: the annotations and the children of {@code from} go to
     * {@code to} (which, if it was below {@code from}, first takes its place), and the memos are joined.
     */
    public void rename(String from, String to) {
        db.write(c -> {
            long source = idOf(c, from).orElseThrow();
            Optional<Long> existing = idOf(c, to);
            if (existing.isEmpty()) {
                update(c, "UPDATE tag SET name = ? WHERE id = ?", to, source);
                return null;
            }
            long target = existing.get();
            try (PreparedStatement move = c.prepareStatement("INSERT OR IGNORE INTO annotation_tag (annotation_id, "
                    + "tag_id) SELECT annotation_id, ? FROM annotation_tag WHERE tag_id = ?");
                 // a target somewhere below the source first takes the source's place, or adopting would loop
                 PreparedStatement lift = c.prepareStatement("UPDATE tag SET parent_id = (SELECT parent_id FROM tag "
                         + "WHERE id = ?) WHERE id = ? AND ? IN (WITH RECURSIVE up(id, parent_id) AS (SELECT id, "
                         + "parent_id FROM tag WHERE id = ? UNION SELECT t.id, t.parent_id FROM tag t JOIN up "
                         + "ON t.id = up.parent_id) SELECT parent_id FROM up)");
                 PreparedStatement adopt = c.prepareStatement("UPDATE tag SET parent_id = ? WHERE parent_id = ? "
                         + "AND id <> ?");
                 PreparedStatement memo = c.prepareStatement("UPDATE tag SET memo = CASE WHEN memo = '' THEN "
                         + "(SELECT memo FROM tag WHERE id = ?) WHEN (SELECT memo FROM tag WHERE id = ?) = '' THEN memo "
                         + "ELSE memo || char(10) || char(10) || (SELECT memo FROM tag WHERE id = ?) END WHERE id = ?");
                 PreparedStatement drop = c.prepareStatement("DELETE FROM tag WHERE id = ?")) {
                move.setLong(1, target);
                move.setLong(2, source);
                move.executeUpdate();
                lift.setLong(1, source);
                lift.setLong(2, target);
                lift.setLong(3, source);
                lift.setLong(4, target);
                lift.executeUpdate();
                adopt.setLong(1, target);
                adopt.setLong(2, source);
                adopt.setLong(3, target);
                adopt.executeUpdate();
                for (int i = 1; i <= 3; i++) {
                    memo.setLong(i, source);
                }
                memo.setLong(4, target);
                memo.executeUpdate();
                drop.setLong(1, source);
                drop.executeUpdate();
            }
            return null;
        });
    }

    /** Removes a tag from every annotation (the annotations stay); its children move up to its parent. */
    public void delete(String name) {
        db.write(c -> {
            Optional<Long> id = idOf(c, name);
            if (id.isEmpty()) {
                return null;
            }
            try (PreparedStatement lift = c.prepareStatement("UPDATE tag SET parent_id = (SELECT parent_id FROM tag "
                    + "WHERE id = ?) WHERE parent_id = ?");
                 PreparedStatement drop = c.prepareStatement("DELETE FROM tag WHERE id = ?")) {
                lift.setLong(1, id.get());
                lift.setLong(2, id.get());
                lift.executeUpdate();
                drop.setLong(1, id.get());
                drop.executeUpdate();
            }
            return null;
        });
    }

    /** The names of a tag and all tags below it, for listing what a parent gathers. */
    public Set<String> withDescendants(String name) {
        return db.read(c -> {
            Set<String> out = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("WITH RECURSIVE down(id) AS (SELECT id FROM tag WHERE name = ? "
                    + "UNION SELECT t.id FROM tag t JOIN down ON t.parent_id = down.id) SELECT t.name FROM down "
                    + "JOIN tag t ON t.id = down.id")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }

    /** The id of a tag, created (with the next free colour of the palette) when there is none of that name. */
    static long ensure(Connection c, String name) throws SQLException {
        Optional<Long> id = idOf(c, name);
        if (id.isPresent()) {
            return id.get();
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO tag (name, color) VALUES (?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, name);
            insert.setString(2, nextColor(c));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** The first colour of the palette no tag has; once all are taken, the palette again from the start. */
    private static String nextColor(Connection c) throws SQLException {
        Set<String> taken = new HashSet<>();
        int count = 0;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT lower(color) FROM tag")) {
            while (rs.next()) {
                taken.add(rs.getString(1));
                count++;
            }
        }
        for (String color : Tag.PALETTE) {
            if (!taken.contains(color)) {
                return color;
            }
        }
        return Tag.PALETTE.get(count % Tag.PALETTE.size());
    }

    static Optional<Long> idOf(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM tag WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    private static void setParent(Connection c, long id, long parent) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE tag SET parent_id = ? WHERE id = ?")) {
            ps.setLong(1, parent);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    private static Void update(Connection c, String sql, String value, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (value == null) {
                ps.setNull(1, Types.VARCHAR);
            } else {
                ps.setString(1, value);
            }
            ps.setLong(2, id);
            ps.executeUpdate();
        }
        return null;
    }
}
