package org.infradigest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.infradigest.domain.Fact;
import org.junit.jupiter.api.Test;

/** A provincial round-up written for this test: a province, its capital and an operator's provincial branch. */
class ProvincialRoundupTest {

    @Test
    void readsTheProvinceItsCapitalAndTheOperatorBranch() {
        // given
        var article = NewsFixture.article("fixtures/provincial-roundup.txt");
        // when
        List<Fact> facts = ExtractionEngine.fromClasspath().extract(article).facts();
        // then
        assertThat(facts).extracting(Fact::metric, f -> f.value().toPlainString(), Fact::region, Fact::operator,
                        Fact::period)
                .containsExactly(
                        tuple("base_stations_5g", "245000", "Zhejiang", null, "2024"),
                        tuple("base_stations_5g_advanced", "12000", "Zhejiang", null, "2024"),
                        tuple("base_stations_5g_net_added", "38000", "Zhejiang", null, "2024"),
                        tuple("base_stations_5g_net_added_target", "30000", "Zhejiang", null, "2025"),
                        tuple("gigabit_broadband_users", "9100000", "Zhejiang", null, "2024"),
                        tuple("gigabit_broadband_users_share", "32", "Zhejiang", null, "2024"),
                        tuple("base_stations_5g", "52000", "Hangzhou", null, null),
                        tuple("base_station_density_5g_per_10k_people", "42", "Hangzhou", null, null),
                        tuple("computing_power_eflops", "6.5", "Zhejiang", null, null),
                        tuple("computing_power_eflops_target", "10", "Zhejiang", null, "2027"),
                        tuple("cities_5g_advanced", "11", "Zhejiang", "China Mobile", null),
                        tuple("mobile_subscribers_5g", "3200000", "Zhejiang", "China Mobile", null));
    }
}
