package org.infradigest.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegionTableTest {

    @ParameterizedTest
    @ValueSource(strings = {"China", "CHN", "China, People's Republic of", "  china  ", "People\u2019s Republic of China"})
    void everySpellingOfChinaIsOneCountry(String written) {
        assertThat(StatsFixtures.REGIONS.resolve(written)).contains(new ResolvedRegion("China", false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"World", "Upper middle income", "Arab World", "Euro area", "WLD", "OWID_WRL"})
    void groupsOfCountriesAreAggregates(String written) {
        assertThat(StatsFixtures.REGIONS.resolve(written)).hasValueSatisfying(r -> assertThat(r.aggregate()).isTrue());
    }

    @Test
    void anUnknownNameIsEmptyNotAGuess() {
        assertThat(StatsFixtures.REGIONS.resolve("Atlantis")).isEmpty();
    }
}
