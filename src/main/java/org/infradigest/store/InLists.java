package org.infradigest.store;

import java.util.Collections;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/** Looks up many values with {@code IN (?, ?, ...)} lists of a bounded length: one query per 500 values. */
final class InLists {

    private static final int VALUES_PER_QUERY = 500;

    private InLists() {
    }

    /** Runs {@code select + " IN (...)"} for the values, a part at a time, handing every row to {@code rows}. */
    static void query(JdbcTemplate jdbc, String select, List<?> values, RowCallbackHandler rows) {
        for (int from = 0; from < values.size(); from += VALUES_PER_QUERY) {
            List<?> part = values.subList(from, Math.min(values.size(), from + VALUES_PER_QUERY));
            String marks = String.join(",", Collections.nCopies(part.size(), "?"));
            jdbc.query(select + " IN (" + marks + ")", rows, part.toArray());
        }
    }
}
