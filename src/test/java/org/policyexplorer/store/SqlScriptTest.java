package org.policyexplorer.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migration scripts with the three things that break a split on {@code ;} at line ends: a trigger whose
 * body holds two statements, a string literal holding {@code ;} and a line break, and comments holding
 * {@code ;}. Each runs on a real store file, through {@link Database#write} as a migration does.
 */
class SqlScriptTest {
    private static final String TRIGGER = """
            CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
            CREATE TABLE item_log (item_id INTEGER NOT NULL, what TEXT NOT NULL);
            CREATE TRIGGER item_logged AFTER INSERT ON item BEGIN
                INSERT INTO item_log (item_id, what) VALUES (new.id, 'added');
                INSERT INTO item_log (item_id, what) VALUES (new.id, new.name);
            END;
            INSERT INTO item (name) VALUES ('河长制');
            """;
    private static final String LITERAL = """
            CREATE TABLE note (text TEXT NOT NULL);
            INSERT INTO note (text) VALUES ('一是稳增长;
            二是促改革');
            """;
    private static final String COMMENTS = """
            -- the first table; then the second;
            CREATE TABLE first (x);
            /* the second table comes after a comment that ends a line with a semicolon;
               and goes on */
            CREATE TABLE second (y);
            """;

    @TempDir
    Path dir;

    @Test
    void theOldSplitOnLineEndSemicolonsFailsOnEachOfThem() {
        for (String script : List.of(TRIGGER, LITERAL, COMMENTS)) {
            try (Database db = Database.open(dir.resolve("old-" + script.hashCode() + ".db"))) {
                assertThatThrownBy(() -> db.write(c -> {
                    splitOnLineEndSemicolons(c, script);
                    return null;
                })).as(script).isInstanceOf(StoreException.class);
            }
        }
    }

    @Test
    void aTriggerBodyRunsWholeAndFiresBothStatements() {
        try (Database db = open("trigger.db", TRIGGER)) {
            assertThat(rows(db, "SELECT what FROM item_log ORDER BY rowid")).containsExactly("added", "河长制");
            db.write(c -> {
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("INSERT INTO item (name) VALUES ('断面长制')");
                }
                return null;
            });
            assertThat(rows(db, "SELECT count(*) FROM item_log")).containsExactly("4");
        }
    }

    @Test
    void aSemicolonAndALineBreakInsideAStringStayInIt() {
        try (Database db = open("literal.db", LITERAL)) {
            assertThat(rows(db, "SELECT text FROM note")).containsExactly("一是稳增长;\n二是促改革");
        }
    }

    @Test
    void semicolonsInCommentsEndNothing() {
        try (Database db = open("comments.db", COMMENTS)) {
            assertThat(rows(db, "SELECT name FROM sqlite_master WHERE name IN ('first', 'second') ORDER BY name"))
                    .containsExactly("first", "second");
        }
    }

    @Test
    void allThreeInOneScript() {
        try (Database db = open("all.db", COMMENTS + TRIGGER + LITERAL)) {
            assertThat(rows(db, "SELECT count(*) FROM item_log")).containsExactly("2");
            assertThat(rows(db, "SELECT text FROM note")).containsExactly("一是稳增长;\n二是促改革");
        }
    }

    @Test
    void aScriptThatFailsHalfwayLeavesNoneOfItsStatements() {
        try (Database db = Database.open(dir.resolve("failing.db"))) {
            assertThatThrownBy(() -> db.write(c -> {
                SqlScript.run(c, TRIGGER + "INSERT INTO no_such_table VALUES (1);\n" + LITERAL);
                return null;
            })).isInstanceOf(StoreException.class).hasMessageContaining("no_such_table");
            assertThat(rows(db, "SELECT count(*) FROM sqlite_master WHERE name IN ('item', 'item_log', "
                    + "'item_logged', 'note')")).containsExactly("0");
            assertThat(db.healthy()).isTrue();
        }
    }

    private Database open(String name, String script) {
        Database db = Database.open(dir.resolve(name));
        db.write(c -> {
            SqlScript.run(c, script);
            return null;
        });
        return db;
    }

    /** How Database ran a migration before: cut where a semicolon ends a line, skip chunks of comments. */
    private static void splitOnLineEndSemicolons(Connection c, String script) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String chunk : script.split(";\\s*(\\r?\\n|$)")) {
                if (chunk.lines().anyMatch(l -> !l.isBlank() && !l.strip().startsWith("--"))) {
                    st.execute(chunk);
                }
            }
        }
    }

    private static List<String> rows(Database db, String sql) {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }
}
