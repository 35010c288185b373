package org.infradigest.store;

import java.util.Locale;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How long the embedded H2 may hold committed changes before writing them to its file. The embedded default
 * writes every commit at once (WRITE_DELAY=0), so the job repository's records survive a kill -9. The steps that
 * load many rows lift that while they run: with a commit per chunk, writing each commit at once cost the facts'
 * inserts about four times the CPU. A kill -9 then loses at most the last half second of chunks, and the restart
 * redoes them from the step's saved position, which was committed in the same transactions. Other databases
 * decide this themselves and are left alone.
 */
public final class BulkWrites {

    /** H2's own default. */
    static final int BULK_DELAY_MILLIS = 500;

    private final JdbcTemplate jdbc;
    private volatile Boolean h2;

    public BulkWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Before a bulk step: commits may reach the file up to half a second later. */
    public void begin() {
        setDelay(BULK_DELAY_MILLIS);
    }

    /** After it: every commit is written at once again, starting with what is pending. */
    public void end() {
        setDelay(0);
    }

    private void setDelay(int millis) {
        if (isH2()) {
            jdbc.execute("SET WRITE_DELAY " + millis);
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
