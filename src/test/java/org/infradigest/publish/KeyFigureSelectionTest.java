package org.infradigest.publish;

import org.infradigest.domain.Fact;
import org.infradigest.domain.Origin;
import org.infradigest.domain.Qualifier;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KeyFigureSelectionTest {

    private final KeyFigureSelection selection = KeyFigureSelection.standard();

    @Test
    void ranksMetricsByTheShippedListBeforeMetricsItDoesNotName() {
        // given
        DigestModel model = DigestModelFixture.beijingSeed().withCorpusFigures().build();

        // when
        List<KeyFigure> figures = selection.select(model, 12);

        // then
        assertThat(figures).extracting(k -> k.metric().key()).containsExactly(
                "base_stations_5g", "base_stations_5g", "base_stations_5g_advanced",
                "base_stations_5g_share_of_mobile", "capex", "foreign_vats_firms_approved",
                "foreign_vats_firms_approved_net_added");
    }

    @Test
    void keepsOnlyTheLatestPeriodOfEachSeries() {
        // given
        DigestModel model = DigestModelFixture.beijingSeed().withCorpusFigures().build();

        // when
        List<KeyFigure> china5g = selection.select(model, 12).stream()
                .filter(k -> k.metric().key().equals("base_stations_5g") && k.region().equals("China")).toList();

        // then
        assertThat(china5g).singleElement().satisfies(k -> {
            assertThat(k.period()).isEqualTo("2025-08");
            assertThat(k.display()).isEqualTo("nearly 4,650,000");
            assertThat(k.isNew()).isTrue();
        });
    }

    @Test
    void takesTheValueMostSourcesStateAndCountsTheSources() {
        // given three sources, two of which agree
        DigestModel model = DigestModelFixture.empty()
                .withFact(towers("2040000", "a.html"), false)
                .withFact(towers("2040000", "b.html"), false)
                .withFact(towers("2000000", "c.html"), true)
                .build();

        // when
        List<KeyFigure> figures = selection.select(model, 12);

        // then
        assertThat(figures).singleElement().satisfies(k -> {
            assertThat(k.value()).isEqualByComparingTo("2040000");
            assertThat(k.sources()).isEqualTo(3);
            assertThat(k.isNew()).isTrue();
            assertThat(k.metric().label()).isEqualTo("Telecom towers");
        });
    }

    @Test
    void letsNoMetricCrowdOutTheOthersWhileOthersWait() {
        // given 5,000 statistics rows of one metric and the seed's three news figures
        DigestModel model = DigestModelFixture.beijingSeed().withManyFacts(5_000).build();

        // when
        List<KeyFigure> figures = selection.select(model, 6);

        // then
        assertThat(figures).hasSize(6);
        assertThat(figures).extracting(k -> k.metric().key()).containsSubsequence(
                "base_stations_5g_advanced", "foreign_vats_firms_approved", "foreign_vats_firms_approved_net_added");
    }

    @Test
    void labelsAMetricTheLexiconDoesNotKnowWithItsKey() {
        // given
        DigestModel model = DigestModelFixture.empty()
                .withFact(DigestModelFixture.fact("satellite_ground_stations", "12", "stations", "China", "s.txt",
                        "12 ground stations"), false)
                .build();

        // when
        KeyFigure figure = selection.select(model, 12).getFirst();

        // then
        assertThat(figure.metric().label()).isEqualTo("satellite_ground_stations");
        assertThat(figure.unitLabel()).isEqualTo("stations");
    }

    private static Fact towers(String value, String source) {
        return new Fact("towers", new BigDecimal(value), "towers", "China", "China Tower", "2023", Qualifier.EXACT,
                Origin.NEWS, source, "China Tower had " + value + " towers.");
    }
}
