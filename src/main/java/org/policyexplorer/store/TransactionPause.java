package org.policyexplorer.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A test hook, off unless the system property {@value #PROPERTY} names a file. Then an import, with its
 * report, outline and index rows written and nothing committed, writes that file (saying how many reports
 * its own transaction sees) and waits: a test kills the process there and knows the kill landed inside an
 * open write transaction ({@code LibrarySafetyTest}). Nothing else sets the property.
 */
public final class TransactionPause {
    static final String PROPERTY = "pe.test.pauseInTransaction";
    /** The same, once the store has committed and before a derived index has: {@code SearchIndex} pauses here. */
    public static final String AFTER_COMMIT = "pe.test.pauseAfterStoreCommit";
    /** Long enough for any test to kill the process; after it the import simply commits. */
    private static final long WAIT_MS = 120_000;

    private TransactionPause() {
    }

    static void here(Connection inTransaction) throws SQLException {
        String marker = System.getProperty(PROPERTY);
        if (marker == null) {
            return;
        }
        long reports;
        try (Statement st = inTransaction.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM report")) {
            reports = rs.next() ? rs.getLong(1) : -1;
        }
        pause(marker, "reports in transaction " + reports + "\n");
    }

    /** Pauses at {@link #AFTER_COMMIT} when a test asks for it. */
    public static void afterCommit(String what) {
        String marker = System.getProperty(AFTER_COMMIT);
        if (marker != null) {
            pause(marker, what + "\n");
        }
    }

    private static void pause(String marker, String message) {
        try {
            Path target = Path.of(marker);
            Path partial = target.resolveSibling(target.getFileName() + ".partial");
            Files.writeString(partial, message, StandardCharsets.UTF_8);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE); // the test never reads half of it
            Thread.sleep(WAIT_MS);
        } catch (IOException e) {
            throw new StoreException("test pause cannot write " + marker, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
