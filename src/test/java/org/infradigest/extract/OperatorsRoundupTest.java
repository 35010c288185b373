package org.infradigest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.infradigest.domain.Extraction;
import org.infradigest.domain.Fact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A round-up written for this test: Indian operators, a UK wholesaler and an EU goal, with a colon dateline. */
class OperatorsRoundupTest {

    private static Extraction extraction;

    @BeforeAll
    static void read() {
        extraction = ExtractionEngine.fromClasspath().extract(NewsFixture.article("fixtures/operators-monthly-roundup.txt"));
    }

    @Test
    void givesEachOperatorItsOwnFiguresAndTheDatelineCityNone() {
        assertThat(extraction.facts()).extracting(Fact::metric, f -> f.value().toPlainString(), Fact::region, Fact::operator)
                .startsWith(tuple("mobile_subscribers_net_added", "3400000", "India", "Reliance Jio"),
                        tuple("mobile_subscribers_net_added", "1800000", "India", "Bharti Airtel"),
                        tuple("mobile_subscribers", "1160000000", "India", null),
                        tuple("broadband_users", "924000000", "India", null),
                        tuple("broadband_users", "474000000", "India", "Reliance Jio"));
    }

    @Test
    void leavesOutLossesGrowthRatesAndArpu() {
        assertThat(extraction.facts()).extracting(f -> f.value().toPlainString())
                .doesNotContain("680000", "0.2", "181.7", "99");
    }

    @Test
    void tellsTheCurrentLevelFromThePlanAndKeepsPlacesApart() {
        assertThat(extraction.facts()).extracting(Fact::metric, f -> f.value().toPlainString(), Fact::region, Fact::period)
                .contains(tuple("full_fibre_premises_covered", "14000000", "United Kingdom", null),
                        tuple("full_fibre_premises_covered_target", "25000000", "United Kingdom", "2026"),
                        tuple("gigabit_capable_coverage", "79", "European Union", null));
        assertThat(extraction.facts()).extracting(Fact::metric, f -> f.value().toPlainString(), Fact::operator)
                .contains(tuple("base_stations_5g", "100000", "Bharti Airtel"),
                        tuple("base_stations_5g_net_added_target", "20000", "Bharti Airtel"));
    }
}
