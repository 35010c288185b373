package org.infradigest.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndicatorLexiconTest {

    private final IndicatorLexicon lexicon = IndicatorLexicon.bundled();

    @Test
    void theRequiredIndicatorCodesMapToTheirMetricsAndUnits() {
        assertThat(lexicon.byCode("IT.NET.BBND.P2")).hasValueSatisfying(i -> {
            assertThat(i.metric()).isEqualTo("fixed_broadband_subscriptions_per_100_people");
            assertThat(i.unit()).isEqualTo("subscriptions per 100 people");
        });
        assertThat(lexicon.byCode("IT.NET.BBND")).get().extracting(Indicator::metric).isEqualTo("fixed_broadband_subscriptions");
        assertThat(lexicon.byCode("it.cel.sets.p2")).get().extracting(Indicator::metric).isEqualTo("mobile_subscriptions_per_100_people");
        assertThat(lexicon.byCode("IT.CEL.SETS")).get().extracting(Indicator::metric).isEqualTo("mobile_subscriptions");
        assertThat(lexicon.byCode("IT.NET.USER.ZS")).get().extracting(Indicator::unit).isEqualTo("percent");
    }

    @Test
    void theLongestCodeInAFileNameWins() {
        assertThat(lexicon.byFileName("worldbank_IT.NET.BBND.P2_fixed_broadband_per100_wide.csv"))
                .get().extracting(Indicator::code).isEqualTo("IT.NET.BBND.P2");
        assertThat(lexicon.byFileName("API_IT.NET.BBND_DS2_en_csv_v2.csv"))
                .get().extracting(Indicator::code).isEqualTo("IT.NET.BBND");
        assertThat(lexicon.byFileName("broadband.csv")).isEmpty();
    }

    @Test
    void aSharedColumnTitleIsDecidedByTheFileNameHint() {
        assertThat(lexicon.byName("Mobile cellular subscriptions", "owid_mobile_cellular_subscriptions_per100_long.csv"))
                .extracting(Indicator::metric).containsExactly("mobile_subscriptions_per_100_people");
        assertThat(lexicon.byName("Mobile cellular subscriptions", "mobile.csv")).hasSize(2);
        assertThat(lexicon.byName("Individuals using the Internet (% of population)", "x.csv"))
                .extracting(Indicator::metric).containsExactly("internet_users_share");
    }
}
