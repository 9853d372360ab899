package org.policyexplorer.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sqlite.SQLiteConfig;

/**
 * The one SQLite file that holds everything. WAL journal (readers do not block the writer, a crash loses
 * nothing committed), foreign keys on, and a busy timeout so a second running instance waits for the lock
 * instead of failing. The schema is versioned by {@code PRAGMA user_version}: script {@code 00N-*.sql}
 * brings version N-1 to N, each in one transaction.
 *
 * <p>One connection, used by one thread at a time: callers go through {@link #read} and {@link #write}, which
 * serialise on it. Desktop workloads are small; this keeps SQLite's threading rules out of every caller.
 * A second connection lets a read run beside those on the first ({@link #readAside}): WAL lets readers
 * proceed in parallel, and a search uses it to count while it ranks.
 */
public final class Database implements AutoCloseable {
    /** The scripts, in order; the schema version is their count. */
    static final String[] MIGRATIONS = {"001-reports-and-sections.sql", "002-search-index.sql",
        "003-topic-links.sql", "004-annotations.sql", "005-report-deletion-and-metadata.sql",
        "006-levels-and-part-corrections.sql",
        // 007 is kept free for a migration on another branch; whichever lands second goes after the other here
        "007-code-hierarchy-colours-memos.sql",
        "008-search-index-beside-the-store.sql"};
    private static final int BUSY_TIMEOUT_MS = 10_000;
    private static final Logger LOG = Logger.getLogger(Database.class.getName());
    /** The schema version whose migration dropped the FTS5 search tables (008). */
    private static final int SEARCH_TABLES_DROPPED_AT = 8;
    private static final int CACHE_KIB = 64 * 1024;
    private static final long MMAP_BYTES = 512L * 1024 * 1024;

    private final Path file;
    private final Connection connection;
    private final Properties properties;
    /** The side connection, opened on first use; used by one thread at a time. */
    private Connection aside;

    private Database(Path file, Connection connection, Properties properties) {
        this.file = file;
        this.connection = connection;
        this.properties = properties;
    }

    /** A store that was opened, and the damaged file set aside to open it, if there was one. */
    public record Opened(Database database, Path setAside) {
    }

    /**
     * Opens the store; a file that is not a database or fails SQLite's check is moved aside (with a time
     * stamp, next to it, so nothing is lost) and a fresh store is opened in its place.
     */
    public static Opened openOrRecover(Path file) {
        try {
            Database db = open(file);
            if (db.healthy()) {
                return new Opened(db, null);
            }
            db.close();
        } catch (StoreException e) {
            if (!Files.exists(file) || !isDamage(e)) {
                throw e;
            }
        }
        Path aside = file.resolveSibling(file.getFileName() + ".damaged-"
                + java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        try {
            Files.move(file, aside);
            for (String suffix : new String[] {"-wal", "-shm"}) {
                Path extra = file.resolveSibling(file.getFileName() + suffix);
                if (Files.exists(extra)) {
                    Files.move(extra, aside.resolveSibling(aside.getFileName() + suffix));
                }
            }
        } catch (IOException moveFailure) {
            throw new StoreException("store " + file + " is damaged and cannot be moved aside", moveFailure);
        }
        return new Opened(open(file), aside);
    }

    private static boolean isDamage(StoreException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("NOTADB") || m.contains("not a database") || m.contains("CORRUPT") || m.contains("malformed")) {
                return true;
            }
        }
        return false;
    }

    /** SQLite's own quick check of the file's structure. */
    public boolean healthy() {
        try {
            return read(c -> {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
                    return rs.next() && "ok".equalsIgnoreCase(rs.getString(1));
                }
            });
        } catch (StoreException e) {
            return false;
        }
    }

    /**
     * Opens an existing store for reading only, as a second window does while another has it open: nothing
     * it does can write, so nothing it does can harm the first one's work.
     */
    public static Database openReadOnly(Path file) {
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            config.enforceForeignKeys(true);
            config.setBusyTimeout(BUSY_TIMEOUT_MS);
            Properties properties = config.toProperties();
            Database db = new Database(file, DriverManager.getConnection(url(file), properties), properties);
            db.readOnlyOpened = true;
            if (db.schemaVersion() != MIGRATIONS.length) {
                db.close();
                throw new StoreException("store " + file + " is at schema version " + db.schemaVersion()
                        + "; a read-only window cannot bring it to " + MIGRATIONS.length);
            }
            return db;
        } catch (SQLException e) {
            throw new StoreException("cannot open store " + file, e);
        }
    }

    /** Opens (creating if need be) the store at the given file and brings its schema up to date. */
    public static Database open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            SQLiteConfig config = new SQLiteConfig();
            config.enforceForeignKeys(true);
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            config.setBusyTimeout(BUSY_TIMEOUT_MS);
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            // reads of the index and its rows come from memory, not from a system call each
            config.setCacheSize(-CACHE_KIB);
            config.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, Long.toString(MMAP_BYTES));
            Properties properties = config.toProperties();
            Connection connection = DriverManager.getConnection(url(file), properties);
            Database db = new Database(file, connection, properties);
            db.migrate();
            return db;
        } catch (SQLException | IOException e) {
            throw new StoreException("cannot open store " + file, e);
        }
    }

    private static String url(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath();
    }

    /** Whether this store was opened for reading only (a second window): known without a query. */
    public boolean readOnly() {
        return readOnlyOpened;
    }

    /** Set by {@link #openReadOnly} before the store is handed out. */
    private boolean readOnlyOpened;

    public Path file() {
        return file;
    }

    /** Runs a read on the side connection, so that it can proceed while a read on the main one runs. */
    public <T> T readAside(SqlFunction<T> work) {
        WindowThreadGuard.check();
        synchronized (properties) {
            try {
                if (aside == null) {
                    aside = DriverManager.getConnection(url(file), properties);
                }
                return work.apply(aside);
            } catch (SQLException e) {
                throw new StoreException("read failed: " + e.getMessage(), e);
            }
        }
    }

    public int schemaVersion() {
        return read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    /** Runs a read against the store. */
    public <T> T read(SqlFunction<T> work) {
        WindowThreadGuard.check();
        synchronized (connection) {
            try {
                return work.apply(connection);
            } catch (SQLException e) {
                throw new StoreException("read failed: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Runs work in one transaction: all of it is committed, or none of it. A write inside a write (an import
     * that adds reports, tags and annotations through their repositories) joins the outer one under a savepoint:
     * it is undone alone if it fails, and nothing is committed before the outermost write ends.
     */
    public <T> T write(SqlFunction<T> work) {
        WindowThreadGuard.check();
        T result;
        List<Runnable> committed;
        synchronized (connection) {
            if (writeDepth > 0) {
                return nestedWrite(work);
            }
            writeDepth = 1;
            try {
                // BEGIN IMMEDIATE (see open): a second instance waits for the lock here, not mid-way
                connection.setAutoCommit(false);
                result = work.apply(connection);
                connection.commit();
                committed = List.copyOf(afterCommit);
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(e);
                if (e instanceof RuntimeException re) {
                    throw re;
                }
                throw new StoreException("write failed: " + e.getMessage(), e);
            } finally {
                afterCommit.clear();
                writeDepth = 0;
                restoreAutoCommit();
            }
        }
        committed.forEach(Database::runAfterCommit);
        return result;
    }

    /**
     * Runs {@code action} once the write now open has committed — the outermost one, when writes are nested —
     * outside the store's lock; at once when no write is open. Dropped when the write (or the savepoint it was
     * asked in) is rolled back: what is derived from the store (the search index) hears only of what is in it.
     * A failing action is logged, never thrown: the write it follows is done.
     */
    public void afterCommit(Runnable action) {
        synchronized (connection) {
            if (writeDepth > 0) {
                afterCommit.add(action);
                return;
            }
        }
        runAfterCommit(action);
    }

    private static void runAfterCommit(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "work after a commit failed; what it derives is brought in step at the next start", e);
        }
    }

    /** Work on repositories that must be one transaction; it may fail with an exception of its own. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    /**
     * Runs work that writes through several repositories as one transaction: their writes join it, and if the
     * work fails (with its own exception or any other), none of them is kept.
     */
    public <T, E extends Exception> T inTransaction(Work<T, E> work) throws E {
        try {
            return write(c -> {
                try {
                    return work.run();
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new WorkFailed(e);
                }
            });
        } catch (WorkFailed failed) {
            @SuppressWarnings("unchecked")
            E cause = (E) failed.getCause();
            throw cause;
        }
    }

    /** Carries a checked failure of {@link #inTransaction} work out through {@link #write}'s rollback. */
    private static final class WorkFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WorkFailed(Exception cause) {
            super(cause);
        }
    }

    /** How deep in {@link #write} calls the connection's thread is; guarded by the connection's lock. */
    private int writeDepth;
    /** What the open write asked to run once it commits (see {@link #afterCommit}); guarded by the connection. */
    private final List<Runnable> afterCommit = new ArrayList<>();

    private <T> T nestedWrite(SqlFunction<T> work) {
        Savepoint savepoint;
        try {
            savepoint = connection.setSavepoint();
        } catch (SQLException e) {
            throw new StoreException("write failed: " + e.getMessage(), e);
        }
        writeDepth++;
        int actionsBefore = afterCommit.size();
        try {
            T result = work.apply(connection);
            connection.releaseSavepoint(savepoint);
            return result;
        } catch (SQLException | RuntimeException e) {
            afterCommit.subList(actionsBefore, afterCommit.size()).clear(); // undone with the savepoint
            try {
                connection.rollback(savepoint);
            } catch (SQLException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            if (e instanceof RuntimeException re) {
                throw re;
            }
            throw new StoreException("write failed: " + e.getMessage(), e);
        } finally {
            writeDepth--;
        }
    }

    private void rollbackQuietly(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    private void restoreAutoCommit() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new StoreException("cannot restore auto-commit", e);
        }
    }

    private void migrate() throws SQLException, IOException {
        int version;
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            version = rs.next() ? rs.getInt(1) : 0;
        }
        if (version > MIGRATIONS.length) {
            throw new StoreException("store " + file + " has schema version " + version
                    + ", newer than this program (" + MIGRATIONS.length + ")");
        }
        for (int v = version; v < MIGRATIONS.length; v++) {
            String script = loadScript(MIGRATIONS[v]);
            int target = v + 1;
            write(c -> {
                SqlScript.run(c, script);
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA user_version = " + target);
                }
                return null;
            });
        }
        if (version > 0 && version < SEARCH_TABLES_DROPPED_AT) {
            // the old search tables were most of the file: give their pages back to the disk, once
            try (Statement st = connection.createStatement()) {
                st.execute("VACUUM");
            } catch (SQLException e) {
                // it needs free space about the file's size; without it the store is just larger than need be
                LOG.log(Level.WARNING, "VACUUM after dropping the old search tables failed", e);
            }
        }
    }

    private static String loadScript(String name) throws IOException {
        try (InputStream in = Database.class.getResourceAsStream("/org/policyexplorer/db/" + name)) {
            if (in == null) {
                throw new IOException("missing migration " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        synchronized (properties) {
            try {
                if (aside != null) {
                    aside.close();
                }
            } catch (SQLException e) {
                throw new StoreException("cannot close store", e);
            }
        }
        synchronized (connection) {
            try {
                connection.close();
            } catch (SQLException e) {
                throw new StoreException("cannot close store", e);
            }
        }
    }

    /** A piece of JDBC work. */
    @FunctionalInterface
    public interface SqlFunction<T> {
        T apply(Connection connection) throws SQLException;
    }
}
