package org.infradigest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MetricLexiconTest {

    private static final MetricLexicon METRICS = Lexicon.fromClasspath().metrics();

    @ParameterizedTest(name = "the lexicon defines {0}")
    @ValueSource(strings = {"base_stations_5g", "base_stations_5g_net_added", "base_stations_5g_target",
            "base_stations_5g_advanced", "base_station_density_5g_per_10k_people", "base_stations_5g_share_of_mobile",
            "mobile_subscribers", "mobile_subscribers_5g", "broadband_users", "gigabit_broadband_users",
            "computing_power_eflops", "computing_power_eflops_target", "data_centre_racks", "towers", "tower_tenants",
            "capex", "investment_5g", "foreign_vats_firms_approved", "foreign_vats_firms_approved_net_added",
            "foreign_invested_telecom_enterprises", "pilot_regions_10g_optical", "full_fibre_premises_covered",
            "gigabit_capable_premises_covered", "full_fibre_coverage", "gigabit_capable_coverage"})
    void definesEveryMetricOfTheDesignVocabulary(String key) {
        assertThat(METRICS.definition(key)).isNotNull();
    }

    @Test
    void givesPublishingTheLabelAndUnitOfAMetricKey() {
        MetricDefinition added = METRICS.definition("base_stations_5g_net_added");
        assertThat(added.label()).isEqualTo("5G base stations, added in period");
        assertThat(added.unit()).isEqualTo("base_stations");
        assertThat(METRICS.definition("full_fibre_coverage").unit()).isEqualTo("percent");
        assertThat(METRICS.definition("no_such_metric")).isNull();
    }

    @Test
    void knowsTheFamilyOfAVariantKey() {
        assertThat(METRICS.familyOf("computing_power_eflops_target").key()).isEqualTo("computing_power_eflops");
    }
}
