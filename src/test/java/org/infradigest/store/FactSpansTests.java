package org.infradigest.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The fact table has no index besides its primary key: replacing an article's or a table's facts finds their
 * spans through fact_span's owner index and deletes ranges of the key, rather than scan millions of rows.
 */
class FactSpansTests {

    private final JdbcTemplate jdbc = StoreDatabase.migrated();

    @Test
    void factsHaveNoIndexButTheirPrimaryKey() {
        assertThat(jdbc.queryForList("""
                SELECT index_name FROM information_schema.indexes
                WHERE table_name = 'FACT' AND index_type_name <> 'PRIMARY KEY'""", String.class)).isEmpty();
    }

    @Test
    void anOwnersSpansAreFoundThroughTheOwnerIndexAndItsFactsDeletedByKeyRange() {
        assertThat(plan("SELECT first_id, last_id FROM fact_span WHERE stats_file IS NULL AND article_no IN (?, ?)"))
                .contains("PUBLIC.FACT_SPAN_OWNER: ARTICLE_NO IN(?1, ?2) AND STATS_FILE IS NULL");
        assertThat(plan("SELECT first_id, last_id FROM fact_span WHERE article_no IS NULL AND stats_file = ?"))
                .contains("PUBLIC.FACT_SPAN_OWNER: ARTICLE_NO IS NULL AND STATS_FILE = ?1");
        assertThat(plan("DELETE FROM fact WHERE fact_id BETWEEN ? AND ?")).contains("FACT_ID >= ?1 AND FACT_ID <= ?2");
    }

    @Test
    void idsComeInBlocksThatNoTwoAllocatorsShare() {
        FactIds one = new FactIds(jdbc);
        FactIds two = new FactIds(jdbc);
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int round = 0; round < 5; round++) {
            for (FactIds ids : new FactIds[] {one, two}) {
                long[] run = ids.reserve(700);
                assertThat(run).hasSize(700);
                for (long id : run) {
                    assertThat(seen.add(id)).isTrue();
                }
            }
        }
        assertThat(seen).hasSize(7_000);
    }

    private String plan(String sql) {
        return jdbc.queryForObject("EXPLAIN " + sql, String.class).replaceAll("\\s+", " ");
    }
}
