package org.infradigest.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.infradigest.domain.Fact;
import org.infradigest.domain.Origin;
import org.infradigest.domain.Qualifier;
import org.infradigest.stats.StatFact;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class FactOrderIndexTests {

    private static final String KEY_ORDER = """
            SELECT metric, region, operator, period FROM fact
            ORDER BY metric, region, operator, period, source, article_key, stats_file, seq""";

    private final JdbcTemplate jdbc = StoreDatabase.migrated();

    @Test
    void loadingDropsTheIndexAndEnsureBuildsItAgainForTheOrderedWalk() {
        assertThat(indexed()).isTrue();

        FactOrderIndex.dropForLoading(jdbc);
        assertThat(indexed()).isFalse();
        assertThat(plan()).doesNotContain("index sorted");

        FactOrderIndex.ensure(jdbc);
        FactOrderIndex.ensure(jdbc); // a second call is a no-op, not an error
        assertThat(indexed()).isTrue();
        assertThat(plan()).contains("FACT_ORDER").contains("index sorted");
    }

    @Test
    void aBlankOperatorOrPeriodIsStoredAsNullSoItSortsWithTheFactsThatHaveNone() {
        try (StatisticsStore.FileBatch batch = new StatisticsStore(jdbc).replace("stats/towers.csv",
                LocalDate.of(2025, 7, 1))) {
            batch.add(fact("China Mobile", "2024"));
            batch.add(fact(" ", ""));
            batch.add(fact(null, "2023"));
        }

        assertThat(jdbc.queryForList(KEY_ORDER)).extracting(row -> row.get("OPERATOR") + "/" + row.get("PERIOD"))
                .containsExactly("null/null", "null/2023", "China Mobile/2024");
    }

    private static StatFact fact(String operator, String period) {
        return new StatFact(new Fact("towers", new BigDecimal("1200"), "towers", "Guangdong", operator, period,
                Qualifier.EXACT, Origin.STATISTICS, "https://stats.example.org/towers", "towers,1200"), false, true);
    }

    private boolean indexed() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.indexes WHERE index_name = 'FACT_ORDER'",
                Integer.class) > 0;
    }

    private String plan() {
        return jdbc.queryForObject("EXPLAIN " + KEY_ORDER, String.class);
    }
}
