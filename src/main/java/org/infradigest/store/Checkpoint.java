package org.infradigest.store;

import java.util.Locale;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes what has been committed to the database file now. The embedded H2 holds commits for up to half a second
 * before writing them (its default WRITE_DELAY), which a restart after a crash makes good for everything the job
 * can redo; a record of something done outside the database, such as a mail handed to SMTP, must not wait.
 * Other databases write their commits themselves and are left alone.
 */
public final class Checkpoint {

    private final JdbcTemplate jdbc;
    private volatile Boolean h2;

    public Checkpoint(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** After a commit: its changes are in the file when this returns, and survive a kill -9. */
    public void flush() {
        if (isH2()) {
            jdbc.execute("CHECKPOINT");
        }
    }

    private boolean isH2() {
        if (h2 == null) {
            h2 = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection ->
                    connection.getMetaData().getDatabaseProductName().toUpperCase(Locale.ROOT).contains("H2")));
        }
        return h2;
    }
}
