package org.infradigest.store;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hands out fact ids. Each fact is inserted with its id, and the ids an owner's facts took are kept as spans
 * ({@link FactSpans}): replacing an article's or a table's facts deletes ranges of the primary key, with no
 * second index on the fact table to maintain (that index took a third of the statistics step's inserting).
 *
 * <p>Ids come in blocks of {@link #BLOCK} from the sequence {@code fact_id_block} (block {@code b} holds the ids
 * {@code b * BLOCK} to {@code b * BLOCK + BLOCK - 1}), so that writers in other threads or processes never take
 * the same id; one instance serves all the writers of a database and leaves at most part of a block unused.
 * A rolled-back batch leaves a gap in the ids, which nothing relies on.
 */
public class FactIds {

    static final int BLOCK = 1_024;

    private final JdbcTemplate jdbc;
    private long next;
    private long end;

    public FactIds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids of {@code count} facts about to be inserted, ascending: consecutive but where a block ran out. */
    public synchronized long[] reserve(int count) {
        long[] ids = new long[count];
        for (int i = 0; i < count; i++) {
            if (next == end) {
                Long block = jdbc.queryForObject("SELECT NEXT VALUE FOR fact_id_block", Long.class);
                next = block * BLOCK;
                end = next + BLOCK;
            }
            ids[i] = next++;
        }
        return ids;
    }
}
