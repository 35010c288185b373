package org.infradigest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.infradigest.domain.Fact;
import org.infradigest.domain.Qualifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Metric binding as a user sees it: which figures a sentence yields, and which numbers it must not. */
class MetricBinderTest {

    private static final ExtractionEngine ENGINE = ExtractionEngine.fromClasspath();
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 8, 27);

    private static List<Fact> facts(String title, String body) {
        return ENGINE.extract(NewsFixture.of(title, PUBLISHED, body)).facts();
    }

    @Test
    void tellsAdditionsFromTheTotalTheyBringAbout() {
        // when
        List<Fact> facts = facts("", "Guangdong added 12,500 5G base stations in the first half, bringing its total to 340,000.");
        // then
        assertThat(facts).extracting(Fact::metric, f -> f.value().toPlainString(), Fact::region, Fact::period)
                .containsExactly(tuple("base_stations_5g_net_added", "12500", "Guangdong", "2024-01/2024-06"),
                        tuple("base_stations_5g", "340000", "Guangdong", "2024-06"));
    }

    @Test
    void readsIndianScalesAndOperatorAliases() {
        // when
        List<Fact> facts = facts("India 5G update", "India's 5G subscriber base crossed 4.69 lakh in the first week. "
                + "Jio has 1.5 crore 5G users, while Airtel has 1 crore.");
        // then
        assertThat(facts).extracting(Fact::metric, f -> f.value().toPlainString(), Fact::operator, Fact::qualifier)
                .containsExactly(tuple("mobile_subscribers_5g", "469000", null, Qualifier.OVER),
                        tuple("mobile_subscribers_5g", "15000000", "Reliance Jio", Qualifier.EXACT),
                        tuple("mobile_subscribers_5g", "10000000", "Bharti Airtel", Qualifier.EXACT));
        assertThat(facts).extracting(Fact::region).containsOnly("India");
    }

    @Test
    void tellsStockFromTarget() {
        // when
        List<Fact> facts = facts("China's computing power",
                "China's computing power reached 150EFlops by the end of June, and it plans to reach 300 EFLOPS by 2025.");
        // then
        assertThat(facts).extracting(Fact::metric, f -> f.value().toPlainString(), Fact::period)
                .containsExactly(tuple("computing_power_eflops", "150", "2024-06"),
                        tuple("computing_power_eflops_target", "300", "2025"));
    }

    @Test
    void givesEachRegionOfASentenceItsOwnNumber() {
        // when
        List<Fact> facts = facts("", "Beijing had 30,000 5G base stations, while Shanghai had 25,000 and Guangdong had 80,000.");
        // then
        assertThat(facts).extracting(Fact::region, f -> f.value().toPlainString())
                .containsExactly(tuple("Beijing", "30000"), tuple("Shanghai", "25000"), tuple("Guangdong", "80000"));
    }

    @Test
    void givesAFigureListedAfterAnotherRegionTheSameMetric() {
        // when
        List<Fact> facts = facts("", "Shenzhen has built 60,000 5G base stations, Guangzhou 80,000.");
        // then
        assertThat(facts).extracting(Fact::metric, Fact::region, f -> f.value().toPlainString())
                .containsExactly(tuple("base_stations_5g", "Shenzhen", "60000"), tuple("base_stations_5g", "Guangzhou", "80000"));
    }

    @Test
    void doesNotLetACueOfAnotherFiguresNounPhraseQualifyThisOne() {
        // when
        List<Fact> facts = facts("", "China Mobile reported 1.2 billion mobile subscribers at the end of 2023, including "
                + "550 million 5G network customers.");
        // then the 5G belongs to the customers, which are a figure of their own
        assertThat(facts).extracting(Fact::metric, Fact::operator, Fact::period)
                .containsExactly(tuple("mobile_subscribers", "China Mobile", "2023"),
                        tuple("mobile_subscribers_5g", "China Mobile", "2023"));
    }

    @Test
    void tellsPlannedAdditionsFromAPlannedTotal() {
        // when
        List<Fact> facts = facts("China", "The ministry plans to build 700,000 new 5G base stations next year. "
                + "China aims to have more than 4.5 million 5G base stations by the end of 2025.");
        // then
        assertThat(facts).extracting(Fact::metric, Fact::period)
                .containsExactly(tuple("base_stations_5g_net_added_target", "2025"), tuple("base_stations_5g_target", "2025"));
    }

    @Test
    void countsCitiesServedByEachGeneration() {
        // when
        List<Fact> facts = facts("India", "Jio's 5G service is live in over 7,764 cities. Hao said the company has "
                + "brought 5G-Advanced to over 100 cities.");
        // then
        assertThat(facts).extracting(Fact::metric, f -> f.value().toPlainString(), Fact::qualifier)
                .containsExactly(tuple("cities_5g", "7764", Qualifier.OVER), tuple("cities_5g_advanced", "100", Qualifier.OVER));
    }

    @Test
    void makesARangeWithoutAChangeIntoMinimumAndMaximum() {
        // when
        List<Fact> facts = facts("UK broadband", "Full fibre coverage ranges from 61% to 97% of homes across the regions.");
        // then
        assertThat(facts).extracting(Fact::metric, f -> f.value().toPlainString(), Fact::qualifier)
                .containsExactly(tuple("full_fibre_coverage", "61", Qualifier.RANGE_MIN),
                        tuple("full_fibre_coverage", "97", Qualifier.RANGE_MAX));
    }

    @Test
    void makesABeforeAndAfterChangeIntoTwoDatedFigures() {
        // when
        List<Fact> facts = facts("UK full fibre", "As of September 2021, 8.2 million homes could get full fibre, compared "
                + "with September 2020, which lifted coverage from 18% to 28% in that time.");
        // then
        assertThat(facts).extracting(Fact::metric, f -> f.value().toPlainString(), Fact::period, Fact::qualifier)
                .contains(tuple("full_fibre_coverage", "18", "2020-09", Qualifier.EXACT),
                        tuple("full_fibre_coverage", "28", "2021-09", Qualifier.EXACT));
    }

    @Test
    void bindsTheDensityAndNotTheDenominator() {
        // when
        List<Fact> facts = facts("Shanghai", "Shanghai had 20.8 5G base stations for every 10,000 residents and "
                + "8.2 5G base stations per square km.");
        // then
        assertThat(facts).extracting(Fact::metric, f -> f.value().toPlainString())
                .containsExactly(tuple("base_station_density_5g_per_10k_people", "20.8"),
                        tuple("base_station_density_5g_per_sq_km", "8.2"));
    }

    @Test
    void tellsCapexFromTheShareThatWentIntoFiveG() {
        // when
        List<Fact> facts = facts("", "Capital expenditure came to CNY 180 billion in 2023, of which 5G investment "
                + "accounted for 90 billion yuan (roughly 12.5 billion U.S. dollars).");
        // then
        assertThat(facts).extracting(Fact::metric, f -> f.value().toPlainString(), Fact::unit)
                .containsExactly(tuple("capex", "180000000000", "CNY"), tuple("investment_5g", "90000000000", "CNY"));
    }

    @Test
    void givesAFigureInParallelTheMetricOfTheFigureBeforeIt() {
        // when
        List<Fact> facts = facts("", "China Mobile says it operates about 2.4 million 5G base stations, while "
                + "competitor China Unicom follows closely with 2.2 million.");
        // then
        assertThat(facts).extracting(Fact::metric, Fact::operator, Fact::qualifier)
                .containsExactly(tuple("base_stations_5g", "China Mobile", Qualifier.ABOUT),
                        tuple("base_stations_5g", "China Unicom", Qualifier.EXACT));
    }

    @Test
    void carriesTheOperatorOfThePreviousSentenceToAReferenceBackToIt() {
        // when
        List<Fact> facts = facts("", "China Mobile, the largest operator, shares spectrum with China Broadnet. "
                + "In H1 the market leader added 351,000 5G base stations, lifting its total to 2.3 million by end-June.");
        // then
        assertThat(facts).extracting(Fact::metric, Fact::operator, Fact::period)
                .containsExactly(tuple("base_stations_5g_net_added", "China Mobile", "2024-01/2024-06"),
                        tuple("base_stations_5g", "China Mobile", "2024-06"));
    }

    @Test
    void givesIndustryTotalsNoOperator() {
        // when
        List<Fact> facts = facts("China", "The three major carriers plus China Broadnet together had about 1.82 billion "
                + "mobile phone users. China Telecom, China Mobile and China Unicom had over 9.3 million 5G users.");
        // then
        assertThat(facts).extracting(Fact::operator).containsOnlyNulls();
        assertThat(facts).hasSize(2);
    }

    @Test
    void readsTableRowsWithTheRowLabelsRegionAndPeriod() {
        // when
        List<Fact> facts = facts("India", "|Installed 5G BTS by state\n|BTS count\n|Karnataka\n|30214\n|All-India total\n"
                + "|4,52,055\n|Monthly 5G BTS additions\n|Month\n|July\n|3346\n|2024 year to date\n|39,841");
        // then
        assertThat(facts).extracting(Fact::metric, Fact::region, Fact::period, f -> f.value().toPlainString())
                .containsExactly(tuple("base_stations_5g", "Karnataka", null, "30214"),
                        tuple("base_stations_5g", "India", null, "452055"),
                        tuple("base_stations_5g_net_added", "India", "2024-07", "3346"),
                        tuple("base_stations_5g_net_added", "India", "2024-01/2024-07", "39841"));
    }

    @Test
    void readsAGridTableOneFigurePerNumericCell() {
        // when
        List<Fact> facts = facts("India 5G", "India's 5G rollout by state.\n| State | 5G BTS installed | 5G BTS added in July |\n"
                + "|---|---|---|\n| Karnataka | 30,214 | 512 |\n| Kerala | 12,001 | 230 |");
        // then
        assertThat(facts).extracting(Fact::metric, Fact::region, Fact::period, f -> f.value().toPlainString())
                .containsExactly(tuple("base_stations_5g", "Karnataka", null, "30214"),
                        tuple("base_stations_5g_net_added", "Karnataka", "2024-07", "512"),
                        tuple("base_stations_5g", "Kerala", null, "12001"),
                        tuple("base_stations_5g_net_added", "Kerala", "2024-07", "230"));
    }

    @Test
    void datesAMilestoneByTheFollowUpThatSaysWhenItWasPassed() {
        // when
        List<Fact> facts = facts("India", "The nationwide count of installed 5G radios has gone past the 450,000 mark. "
                + "In a mobile network, a BTS is a stationary radio transceiver.\nThe threshold was passed when July ended.");
        // then
        assertThat(facts).extracting(Fact::metric, Fact::period, Fact::qualifier)
                .containsExactly(tuple("base_stations_5g", "2024-07", Qualifier.OVER));
    }

    @Test
    void keepsTheTotalButNotTheAveragesThatFollowIt() {
        // when
        List<Fact> facts = facts("China Tower", "Tenants reached 3.65 million at end-2023, lifting the average per tower "
                + "to 1.79, up from 1.74 at the end of 2022.");
        // then
        assertThat(facts).extracting(Fact::metric, f -> f.value().toPlainString(), Fact::period)
                .containsExactly(tuple("tower_tenants", "3650000", "2023"));
    }

    @ParameterizedTest(name = "no fact in: {0}")
    @ValueSource(strings = {
            "The city's stock of 5G base stations has grown by an average of more than 65 percent a year.",
            "China Tower's net profit was up 11% year-on-year at CNY9.75 billion ($1.35 billion).",
            "Operating revenue rose 2% to CNY 94 billion.",
            "Revenue from smart tower services came to CNY7.28 billion last year.",
            "Their current stakes are 38% for China Mobile, 28.1% for China Unicom and 27.9% for China Telecom.",
            "A share 0.8 percentage points above the end of last year.",
            "The operator's 5G tally comprises 1.4 million base stations on the 3.4GHz band, plus 800,000 low-band (800MHz) sites.",
            "Speeds reached 100 Mbps on 2.6GHz spectrum with DOCSIS 3.1.",
            "Beijing leads Chinese cities in 5G base station density per 10,000 people.",
            "Of those 578 million broadband subscribers, many are new.",
            "About 38 of India's 788 districts are still without 5G.",
            "Jio lost 1.2 million mobile subscribers in May.",
            "According to DoT officials, 500,000 is for now seen as the optimal figure for nationwide 5G coverage."})
    void yieldsNoFactFromNumbersThatAreNotInfrastructureFigures(String sentence) {
        assertThat(facts("", sentence)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "Jio", "  the  total of ", "a\tb\nc", "a\u0001b c", "\u0001a b\u0001",
            "one\u00A0two three", "x , y", " \u000B\fz\r\n"})
    void countsWordsBeforeAPlaceAsASplitAtWhiteSpaceDoes(String text) {
        for (int offset = 0; offset <= text.length(); offset++) {
            // given
            String head = text.substring(0, offset).trim();
            int split = head.isEmpty() ? 0 : head.split("\\s+").length;
            // when
            int counted = MetricBinder.wordIndex(text, offset);
            // then
            assertThat(counted).as("words before %d in \"%s\"", offset, text).isEqualTo(split);
        }
    }
}
