package org.infradigest.publish;

import org.infradigest.domain.Fact;
import org.infradigest.domain.Origin;
import org.infradigest.domain.Qualifier;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChartSelectionTest {

    private final ChartSelection selection = ChartSelection.standard();

    @Test
    void drawsTheMainMetricsTrendInTimeOrderWithAYearAtItsEnd() {
        // given China's 5G base stations for 2023-03, the year 2023 and 2025-08
        DigestModel model = DigestModelFixture.beijingSeed().withCorpusFigures()
                .withFact(fact("base_stations_5g", "3377000", "China", null, "2023"), true)
                .build();

        // when
        List<ChartData> charts = selection.select(model, 2);

        // then
        ChartData trend = charts.getFirst();
        assertThat(trend.kind()).isEqualTo(ChartData.Kind.LINE);
        assertThat(trend.title()).isEqualTo("5G base stations");
        assertThat(trend.categories()).containsExactly("2023-03", "2023", "2025-08");
        assertThat(trend.series()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("China");
            assertThat(s.values()).usingElementComparator(BigDecimal::compareTo).containsExactly(
                    new BigDecimal("2640000"), new BigDecimal("3377000"), new BigDecimal("4650000"));
        });
    }

    @Test
    void comparesOperatorsInOneRegionByTheirLatestFigure() {
        // given two operators' 5G base stations in China, one with two periods
        DigestModel model = DigestModelFixture.empty()
                .withFact(fact("base_stations_5g", "2000000", "China", "China Mobile", "2023"), false)
                .withFact(fact("base_stations_5g", "2300000", "China", "China Mobile", "2024"), true)
                .withFact(fact("base_stations_5g", "1400000", "China", "China Unicom", "2024"), true)
                .build();

        // when
        List<ChartData> charts = selection.select(model, 2);

        // then a trend for China Mobile (the only series with two periods), then the bars
        assertThat(charts).extracting(ChartData::kind).containsExactly(ChartData.Kind.LINE, ChartData.Kind.BAR);
        ChartData bars = charts.get(1);
        assertThat(bars.title()).isEqualTo("5G base stations by operator, China");
        assertThat(bars.categories()).containsExactly("China Mobile (2024)", "China Unicom (2024)");
        assertThat(bars.series().getFirst().values()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("2300000"), new BigDecimal("1400000"));
    }

    @Test
    void keepsAtMostSixSeriesTheLongestFirst() {
        // given ten regions, region 9 with three periods, the others with two
        DigestModelFixture fixture = DigestModelFixture.empty();
        for (int r = 0; r < 10; r++) {
            fixture.withFact(fact("towers", String.valueOf(100 + r), "Region " + r, null, "2023"), false);
            fixture.withFact(fact("towers", String.valueOf(200 + r), "Region " + r, null, "2024"), false);
        }
        fixture.withFact(fact("towers", "50", "Region 9", null, "2022"), false);

        // when
        ChartData trend = selection.select(fixture.build(), 1).getFirst();

        // then
        assertThat(trend.series()).hasSize(ChartSelection.SERIES_PER_CHART);
        assertThat(trend.series()).extracting(ChartData.Series::name)
                .containsExactly("Region 9", "Region 8", "Region 7", "Region 6", "Region 5", "Region 4");
        assertThat(trend.categories()).containsExactly("2022", "2023", "2024");
    }

    @Test
    void drawsNothingFromFiguresWithOnePeriodEach() {
        DigestModel model = DigestModelFixture.beijingSeed().build();

        assertThat(selection.select(model, 3)).isEmpty();
    }

    private static Fact fact(String metric, String value, String region, String operator, String period) {
        return new Fact(metric, new BigDecimal(value), "base_stations", region, operator, period, Qualifier.EXACT,
                Origin.NEWS, "https://example.org/" + region + "/" + period + "/" + operator,
                region + " had " + value + " in " + period + ".");
    }
}
