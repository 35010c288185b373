package org.infradigest.store;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.infradigest.domain.Reject;
import org.springframework.jdbc.core.JdbcTemplate;

/** Keeps rejected input as rows; the same problem seen again only moves its last_run forward. */
public class RejectStore {

    private final JdbcTemplate jdbc;

    public RejectStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(List<Reject> rejects, LocalDate runDate) {
        if (rejects.isEmpty()) {
            return;
        }
        Date run = Date.valueOf(runDate);
        List<Object[]> rows = new ArrayList<>(rejects.size());
        for (Reject r : rejects) {
            rows.add(new Object[] {r.step(), r.file(), r.location() == null ? "" : truncate(r.location(), 500),
                    truncate(r.reason(), 2000), run, run});
        }
        jdbc.batchUpdate("""
                MERGE INTO reject t
                USING (VALUES (CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR),
                               CAST(? AS DATE), CAST(? AS DATE)))
                      AS s (step, file, location, reason, first_run, last_run)
                ON t.step = s.step AND t.file = s.file AND t.location = s.location AND t.reason = s.reason
                WHEN MATCHED THEN UPDATE SET last_run = s.last_run
                WHEN NOT MATCHED THEN INSERT (step, file, location, reason, first_run, last_run)
                     VALUES (s.step, s.file, s.location, s.reason, s.first_run, s.last_run)""", rows);
    }

    /** Forgets what a step rejected in a file, before the file's new version is read again. */
    public void forget(String step, String file) {
        forgetAll(step, List.of(file));
    }

    /** The same for several files, in one batch statement. */
    public void forgetAll(String step, List<String> files) {
        if (!files.isEmpty()) {
            jdbc.batchUpdate("DELETE FROM reject WHERE step = ? AND file = ?",
                    files.stream().map(file -> new Object[] {step, file}).toList());
        }
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
