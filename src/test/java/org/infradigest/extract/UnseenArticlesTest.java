package org.infradigest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;

import org.infradigest.domain.Fact;
import org.junit.jupiter.api.Test;

/**
 * Articles written after the engine was built, in wordings the development corpus does not have: each number
 * takes the metric of its own noun phrase, and a sentence without a period does not inherit a plan's year.
 */
class UnseenArticlesTest {

    private static final ExtractionEngine ENGINE = ExtractionEngine.fromClasspath();

    @Test
    void aTotalAndThePartOfItInOneSentenceKeepTheirOwnMetrics() {
        List<Fact> facts = facts("Fixed broadband users numbered 670 million at the end of December, of which "
                + "207 million were on gigabit plans. Mobile phone users totaled 1.79 billion at the end of December, "
                + "including 1.01 billion 5G users.");

        assertThat(facts).extracting(Fact::metric, f -> f.value().toPlainString()).containsExactly(
                tuple("broadband_users", "670000000"), tuple("gigabit_broadband_users", "207000000"),
                tuple("mobile_subscribers", "1790000000"), tuple("mobile_subscribers_5g", "1010000000"));
    }

    @Test
    void aFigureWithoutAPeriodDoesNotTakeThePreviousSentencesTargetYear() {
        List<Fact> facts = facts("The ministry aims to build more than 4.5 million 5G base stations by the end of 2025. "
                + "Data centres in use had more than 8.8 million standard racks.");

        assertThat(facts).filteredOn(f -> f.metric().equals("data_centre_racks")).singleElement()
                .satisfies(f -> assertThat(f.period()).isNotEqualTo("2025"));
    }

    @Test
    void aPlanToReachATotalIsATargetStockEvenAfterAnAddition() {
        List<Fact> facts = facts("The province added 6,800 5G base stations in January alone, and plans to reach "
                + "180,000 by the end of this year.");

        assertThat(facts).extracting(Fact::metric, f -> f.value().toPlainString()).containsExactly(
                tuple("base_stations_5g_net_added", "6800"), tuple("base_stations_5g_target", "180000"));
    }

    @Test
    void aPlaceThatOwnsTheMeasureIsTheFiguresRegionAndItsShareOfTheNationIsNotAShareOfMobileStations() {
        List<Fact> facts = facts("The number of 5G base stations in Zhejiang reached 210,000 at the end of June, "
                + "accounting for 8 percent of the national total. The European Union's gigabit coverage reached "
                + "79 percent of households in 2023, the European Commission said.");

        assertThat(facts).extracting(Fact::metric, Fact::region, f -> f.value().toPlainString()).containsExactly(
                tuple("base_stations_5g", "Zhejiang", "210000"),
                tuple("gigabit_capable_coverage", "European Union", "79"));
    }

    @Test
    void theThreeOperatorsIsNotAFigureAndAnOperatorAbroadKeepsItsCountry() {
        List<Fact> facts = facts("In the first three quarters, the three operators added 89 million 5G users. "
                + "Bharti Airtel's 5G customer base stood at 120 million as of September 30, 2024.");

        assertThat(facts).extracting(Fact::metric, f -> f.value().toPlainString(), Fact::region, Fact::period)
                .containsExactly(tuple("mobile_subscribers_5g_net_added", "89000000", "China", "2024-01/2024-09"),
                        tuple("mobile_subscribers_5g", "120000000", "India", "2024-09-30"));
    }

    @Test
    void figuresGivenRespectivelyGoToTheOperatorsInTheirOrder() {
        List<Fact> facts = facts("China Telecom said it had 1.3 million 5G base stations, while China Mobile and "
                + "China Unicom had 2.4 million and 1.5 million respectively.");

        assertThat(facts).extracting(Fact::operator, f -> f.value().toPlainString()).containsExactly(
                tuple("China Telecom", "1300000"), tuple("China Mobile", "2400000"), tuple("China Unicom", "1500000"));
    }

    private static List<Fact> facts(String body) {
        return ENGINE.extract(NewsFixture.of("China's digital infrastructure keeps expanding",
                LocalDate.of(2025, 3, 1), body)).facts();
    }
}
