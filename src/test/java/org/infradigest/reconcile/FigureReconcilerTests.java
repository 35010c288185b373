package org.infradigest.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.infradigest.domain.Fact;
import org.infradigest.domain.Origin;
import org.infradigest.domain.Qualifier;
import org.junit.jupiter.api.Test;

class FigureReconcilerTests {

    private static final FigureKey KEY = new FigureKey("base_stations_5g", "China", null, "2023-03");

    private final FigureReconciler reconciler = new FigureReconciler();

    @Test
    void statisticsAreTheFigureOfRecordAndADistantNewsFigureIsAConflict() {
        Fact news = fact("2640000", Qualifier.OVER, Origin.NEWS, "https://news.example/a");
        Fact table = fact("2700000", Qualifier.EXACT, Origin.STATISTICS, "input/stats/miit.csv");

        FigureReconciler.Outcome outcome = reconciler.reconcile(KEY, List.of(news, table), false);

        assertThat(outcome.figure().record()).isEqualTo(table);
        assertThat(outcome.figure().sources()).isEqualTo(2);
        assertThat(outcome.figure().conflict()).isTrue();
        assertThat(outcome.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.other()).isEqualTo(news);
            assertThat(c.differencePercent()).isEqualByComparingTo("2.2222");
        });
    }

    @Test
    void newsFiguresWithinTwoPercentAgree() {
        Fact over = fact("450000", Qualifier.OVER, Origin.NEWS, "https://a");
        Fact exact = fact("452055", Qualifier.EXACT, Origin.NEWS, "https://b");

        FigureReconciler.Outcome outcome = reconciler.reconcile(KEY, List.of(over, exact), false);

        assertThat(outcome.figure().record()).as("the exact figure wins a tie").isEqualTo(exact);
        assertThat(outcome.conflicts()).isEmpty();
    }

    @Test
    void withoutStatisticsTheValueMostSourcesAgreeOnWinsAndTheOddOneIsAConflict() {
        Fact a = fact("2640000", Qualifier.EXACT, Origin.NEWS, "https://a");
        Fact b = fact("2650000", Qualifier.EXACT, Origin.NEWS, "https://b");
        Fact odd = fact("2900000", Qualifier.EXACT, Origin.NEWS, "https://c");

        FigureReconciler.Outcome outcome = reconciler.reconcile(KEY, List.of(odd, a, b), false);

        assertThat(outcome.figure().record()).isEqualTo(a);
        assertThat(outcome.conflicts()).extracting(Conflict::other).containsExactly(odd);
    }

    @Test
    void twoTablesThatRoundDifferentlyAreNotAConflictAndRangeBoundsNeverAre() {
        Fact worldBank = fact("0.00", Qualifier.EXACT, Origin.STATISTICS, "wb.csv");
        Fact owid = fact("0.000808843", Qualifier.EXACT, Origin.STATISTICS, "owid.csv");
        Fact bound = fact("97", Qualifier.RANGE_MAX, Origin.NEWS, "https://a");

        FigureReconciler.Outcome outcome = reconciler.reconcile(KEY, List.of(worldBank, owid, bound), true);

        assertThat(outcome.figure().record()).isEqualTo(worldBank);
        assertThat(outcome.figure().aggregate()).isTrue();
        assertThat(outcome.conflicts()).isEmpty();
    }

    private static Fact fact(String value, Qualifier qualifier, Origin origin, String source) {
        return new Fact(KEY.metric(), new BigDecimal(value), "base_stations", KEY.region(), null, KEY.period(),
                qualifier, origin, source, "sentence of " + source);
    }
}
