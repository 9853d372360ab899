package org.policyexplorer.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void createsSchemaAtCurrentVersionWithWalAndForeignKeys() {
        try (Database db = Database.open(dir.resolve("sub/folder/store.db"))) {
            assertThat(db.schemaVersion()).isEqualTo(Database.MIGRATIONS.length);
            assertThat(pragma(db, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(db, "foreign_keys")).isEqualTo("1");
        }
    }

    @Test
    void reopeningKeepsDataAndVersion() {
        Path file = dir.resolve("store.db");
        try (Database db = Database.open(file)) {
            new PreferenceRepository(db).putAll(Map.of("k", "v"));
        }
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Database.MIGRATIONS.length);
            assertThat(new PreferenceRepository(db).get("k")).contains("v");
        }
    }

    @Test
    void aStoreFromBeforeTheIndexMovedOutDropsItsSearchTablesAndShrinks() throws Exception {
        Path file = dir.resolve("old.db");
        try (Database db = Database.open(file)) {
            new PreferenceRepository(db).putAll(Map.of("k", "v"));
            db.write(c -> {
                try (Statement st = c.createStatement()) {
                    // what version 7 had: a search row table, here with 8 MB of rows
                    st.execute("CREATE TABLE search_row (id INTEGER PRIMARY KEY, text TEXT NOT NULL)");
                    st.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 4000) "
                            + "INSERT INTO search_row (text) SELECT printf('%.2000c', '招') FROM n");
                    st.execute("PRAGMA user_version = 7");
                }
                return null;
            });
        }
        assertThat(java.nio.file.Files.size(file)).as("the old rows on disk").isGreaterThan(6_000_000);
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Database.MIGRATIONS.length);
            assertThat(new PreferenceRepository(db).get("k")).contains("v");
            int searchTables = db.read(c -> {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                        "SELECT count(*) FROM sqlite_master WHERE name LIKE 'search%'")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(searchTables).isZero();
        }
        assertThat(java.nio.file.Files.size(file)).as("the rows' pages given back").isLessThan(2_000_000);
    }

    @Test
    void workAfterCommitWaitsForTheOutermostCommitAndIsDroppedWithARollback() {
        try (Database db = Database.open(dir.resolve("after.db"))) {
            PreferenceRepository prefs = new PreferenceRepository(db);
            java.util.List<String> ran = new java.util.ArrayList<>();
            db.write(c -> {
                prefs.putAll(Map.of("a", "1"));
                db.afterCommit(() -> ran.add("outer: " + prefs.get("a").orElse("?")));
                try {
                    db.write(inner -> {
                        db.afterCommit(() -> ran.add("inner, rolled back"));
                        throw new IllegalStateException("the inner write fails");
                    });
                } catch (IllegalStateException expected) {
                    // the outer write goes on without it
                }
                db.write(inner -> {
                    db.afterCommit(() -> ran.add("inner, kept"));
                    return null;
                });
                assertThat(ran).as("nothing before the outermost commit").isEmpty();
                return null;
            });
            assertThat(ran).containsExactly("outer: 1", "inner, kept");
            ran.clear();
            try {
                db.write(c -> {
                    db.afterCommit(() -> ran.add("never"));
                    throw new IllegalStateException("the whole write fails");
                });
            } catch (IllegalStateException expected) {
                // rolled back
            }
            db.afterCommit(() -> ran.add("at once, no write open"));
            db.write(c -> {
                db.afterCommit(() -> {
                    throw new IllegalStateException("a failing action is logged, the write stands");
                });
                return null;
            });
            assertThat(ran).containsExactly("at once, no write open");
        }
    }

    @Test
    void aFailedWriteLeavesNothingBehind() {
        try (Database db = Database.open(dir.resolve("store.db"))) {
            PreferenceRepository prefs = new PreferenceRepository(db);
            assertThatThrownBy(() -> db.write(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("INSERT INTO preference (key, value) VALUES ('half', 'written')");
                }
                throw new IllegalStateException("crash mid-write");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(prefs.get("half")).isEmpty();
            prefs.putAll(Map.of("after", "ok"));
            assertThat(prefs.get("after")).contains("ok");
        }
    }

    @Test
    void refusesAStoreFromANewerProgram() {
        Path file = dir.resolve("future.db");
        try (Database db = Database.open(file)) {
            db.write(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA user_version = 999");
                }
                return null;
            });
        }
        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(StoreException.class).hasMessageContaining("999");
    }

    private static String pragma(Database db, String name) {
        return db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    @Test
    void aQueryOnTheWindowsThreadFailsUnderTest() throws Exception {
        try (Database db = Database.open(dir.resolve("fx.db"))) {
            java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
            Thread fx = new Thread(() -> {
                try {
                    db.read(c -> 1);
                } catch (Throwable t) {
                    failure.set(t);
                }
            }, WindowThreadGuard.FX_THREAD);
            fx.start();
            fx.join();
            assertThat(failure.get()).isInstanceOf(IllegalStateException.class).hasMessageContaining("JavaFX");
            int answer = db.read(c -> 1);
            assertThat(answer).isEqualTo(1); // any other thread may
        }
    }
}
