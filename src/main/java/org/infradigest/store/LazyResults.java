package org.infradigest.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Makes H2 hand out a query's rows as they are read. Otherwise H2 computes the whole result first and, beyond a
 * few tens of thousands of rows, writes it to a temporary map in the database file: reading 900,000 facts took
 * 3.3 s that way and 1.4 s lazily. H2's own cursors read a snapshot, so rows written meanwhile do not disturb the
 * scan. Other databases stream on their own and are left alone. Closing it restores the connection's default
 * before it goes back to the pool.
 */
public final class LazyResults implements AutoCloseable {

    private final Connection connection;
    private final boolean h2;

    private LazyResults(Connection connection, boolean h2) {
        this.connection = connection;
        this.h2 = h2;
    }

    public static LazyResults on(Connection connection) throws SQLException {
        boolean h2 = connection.getMetaData().getDatabaseProductName().toUpperCase(Locale.ROOT).contains("H2");
        if (h2) {
            set(connection, true);
        }
        return new LazyResults(connection, h2);
    }

    @Override
    public void close() throws SQLException {
        if (h2 && !connection.isClosed()) {
            set(connection, false);
        }
    }

    private static void set(Connection connection, boolean lazy) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LAZY_QUERY_EXECUTION " + (lazy ? "TRUE" : "FALSE"));
        }
    }
}
