package org.infradigest.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.infradigest.stats.StatsFixtures.readFixture;
import static org.infradigest.stats.StatsFixtures.readText;

import java.util.Optional;

import org.infradigest.domain.Fact;
import org.junit.jupiter.api.Test;

class OwidGrapherAdapterTest {

    private static final String MOBILE = "owid_mobile_cellular_subscriptions_per100_long.csv";
    private static final String BROADBAND = "owid_fixed_broadband_subscriptions_per100_long.csv";

    @Test
    void chinaMobileSubscriptionsIn2019AreReadAtFullPrecision() {
        // when
        var result = readFixture(MOBILE);

        // then
        StatFact china = result.only("mobile_subscriptions_per_100_people", "China", "2019");
        assertThat(china.fact().value()).isEqualByComparingTo("121.7922911");
        assertThat(china.fact().unit()).isEqualTo("subscriptions per 100 people");
        assertThat(china.aggregate()).isFalse();
        assertThat(china.fact().sentence()).isEqualTo("China,CHN,2019,121.7922911");
    }

    @Test
    void everyRowOfTheSliceIsOneFactAndCrLfLineEndsLeaveNoTrace() {
        // when
        var result = readFixture(MOBILE);

        // then: 48 years each of China, World, Upper middle income and Arab World, and 6 of Kosovo
        assertThat(result.facts()).hasSize(198);
        assertThat(result.rejects()).isEmpty();
        assertThat(result.facts()).extracting(Fact::sentence).noneMatch(s -> s.contains("\r"));
        assertThat(result.summary().layout()).isEqualTo("owid-grapher");
    }

    @Test
    void aggregatesAreKeptButFlaggedAndKosovoWithItsOwidCodeIsACountry() {
        // when
        var result = readFixture(MOBILE);

        // then
        assertThat(result.forRegion("World")).hasSize(48).allMatch(StatFact::aggregate);
        assertThat(result.forRegion("Upper middle income")).hasSize(48).allMatch(StatFact::aggregate);
        assertThat(result.forRegion("Arab World")).hasSize(48).allMatch(StatFact::aggregate);
        assertThat(result.forRegion("China")).hasSize(48).noneMatch(StatFact::aggregate);
        assertThat(result.forRegion("Kosovo")).hasSize(6).noneMatch(StatFact::aggregate);
    }

    @Test
    void earlyZerosAreRealZerosNotMissingValues() {
        // when
        var result = readFixture(MOBILE);

        // then
        assertThat(result.only("mobile_subscriptions_per_100_people", "China", "1960").fact().value()).isZero();
    }

    @Test
    void theFileNameHintPicksPerHundredForASharedColumnTitle() {
        // when
        var result = readFixture(BROADBAND);

        // then
        assertThat(result.rejects()).isEmpty();
        assertThat(result.facts()).extracting(Fact::metric).containsOnly("fixed_broadband_subscriptions_per_100_people");
        assertThat(result.only("fixed_broadband_subscriptions_per_100_people", "China", "2019").fact().value())
                .isEqualByComparingTo("31.33520101");
        assertThat(result.forRegion("Euro area")).isNotEmpty().allMatch(StatFact::aggregate);
        assertThat(result.forRegion("Afghanistan")).isNotEmpty().noneMatch(StatFact::aggregate);
        assertThat(result.facts()).hasSize(172);
    }

    @Test
    void aSharedColumnTitleWithoutAFileNameHintIsOneRejectNotAGuess() {
        // given
        String table = "Entity,Code,Year,Fixed broadband subscriptions\r\nChina,CHN,2019,31.33520101\r\n";

        // when
        var result = readText("broadband.csv", table);

        // then
        assertThat(result.facts()).isEmpty();
        assertThat(result.rejects()).singleElement().satisfies(r -> assertThat(r.reason())
                .contains("may mean [fixed_broadband_subscriptions_per_100_people, fixed_broadband_subscriptions]"));
    }

    @Test
    void aProfileMetricNamesAnUnknownValueColumn() {
        // given
        String table = "Entity,Code,Year,Share of households with fibre\nChina,CHN,2022,0.9\n";

        // when
        var result = readText("fibre.csv", table, Optional.of(SourceProfile.ofMetric("full_fibre_coverage", "percent")));

        // then
        assertThat(result.only("full_fibre_coverage", "China", "2022").fact().unit()).isEqualTo("percent");
    }

    @Test
    void eachKnownValueColumnGivesItsOwnFactsAndAnUnknownOneIsRejectedOnce() {
        // given: a grapher download with two indicators and an annotation column
        String table = "Entity,Code,Year,Individuals using the Internet (% of population),Mobile cellular subscriptions,"
                + "Annotations\nChina,CHN,2019,64.1,121.79,estimate\nWorld,OWID_WRL,2019,53.6,106.2,\n";

        // when
        var result = readText("internet-and-mobile-per-100-people.csv", table);

        // then
        assertThat(result.facts()).extracting(Fact::metric, Fact::region).containsExactly(
                tuple("internet_users_share", "China"), tuple("mobile_subscriptions_per_100_people", "China"),
                tuple("internet_users_share", "World"), tuple("mobile_subscriptions_per_100_people", "World"));
        assertThat(result.forRegion("World")).allMatch(StatFact::aggregate);
        assertThat(result.rejects()).singleElement().satisfies(r -> {
            assertThat(r.location()).isEqualTo("line 1");
            assertThat(r.reason()).isEqualTo("column 'Annotations' is not in lexicon/indicators.yml; its values are not read");
        });
    }

    @Test
    void aRowWithAnOddYearIsRejectedWithItsLineAndTheRestLoads() {
        // given
        String table = "Entity,Code,Year,Mobile cellular subscriptions\nChina,CHN,2019,121.79\nChina,CHN,19,1\n"
                + "India,IND,2019,eighty\nIndia,IND,2018,86.9\n";

        // when
        var result = readText("mobile-cellular-subscriptions-per-100-people.csv", table);

        // then
        assertThat(result.rejects()).extracting(r -> r.location() + ": " + r.reason()).containsExactly(
                "line 3: year '19' is not a four-digit year", "line 4: value 'eighty' is not a number");
        assertThat(result.facts()).hasSize(2);
    }
}
