package org.infradigest.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Facts have one owner index, (stats_file, article_no): both ways of replacing facts (an article's on
 * re-extraction, a table's on reloading) must find them through it rather than scan millions of rows.
 */
class FactOwnerIndexTests {

    private final JdbcTemplate jdbc = StoreDatabase.migrated();

    @Test
    void factsHaveOneOwnerIndexInsteadOfOnePerOwner() {
        assertThat(jdbc.queryForList("""
                SELECT index_name FROM information_schema.indexes
                WHERE table_name = 'FACT' AND index_type_name <> 'PRIMARY KEY'""", String.class))
                .containsExactly("FACT_OWNER");
    }

    @Test
    void anArticlesFactsAndATablesFactsAreDeletedThroughTheOwnerIndex() {
        assertThat(plan("DELETE FROM fact WHERE stats_file IS NULL AND article_no = ?"))
                .contains("PUBLIC.FACT_OWNER: STATS_FILE IS NULL AND ARTICLE_NO = ?1");
        assertThat(plan("DELETE FROM fact WHERE stats_file = ?")).contains("PUBLIC.FACT_OWNER: STATS_FILE = ?1");
    }

    private String plan(String delete) {
        return jdbc.queryForObject("EXPLAIN " + delete, String.class).replaceAll("\\s+", " ");
    }
}
