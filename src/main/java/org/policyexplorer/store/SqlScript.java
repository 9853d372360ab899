package org.policyexplorer.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs a script of several SQL statements (a migration) as SQLite itself reads it. sqlite-jdbc's
 * {@link Statement#executeUpdate(String)} hands the whole string to {@code sqlite3_exec}, which prepares and
 * steps one statement after another with SQLite's own tokenizer (the one {@code sqlite3_complete} uses): a
 * {@code ;} inside a string, a comment or the {@code BEGIN … END} of a trigger is read as SQLite reads it,
 * where splitting the text ourselves would have to guess. It stops at the first failing statement and
 * throws; the caller's transaction then undoes those before it. ({@link Statement#execute(String)} and
 * prepared statements would run only the first statement; {@code SqlScriptTest} pins the driver to this.)
 */
final class SqlScript {
    private SqlScript() {
    }

    static void run(Connection connection, String script) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.executeUpdate(script);
        }
    }
}
