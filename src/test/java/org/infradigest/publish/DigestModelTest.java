package org.infradigest.publish;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DigestModelTest {

    @Test
    void keepsFactsInTheStableOrderWhateverOrderTheyArrive() {
        // given facts added Shanghai first, then China
        DigestModel model = DigestModelFixture.empty()
                .withFact(DigestModelFixture.fact("towers", "3", "towers", "Shanghai", "b.txt", "three"), false)
                .withFact(DigestModelFixture.fact("towers", "2", "towers", "China", "b.txt", "two"), false)
                .withFact(DigestModelFixture.fact("capex", "1", "CNY", "China", "a.txt", "one"), false)
                .build();

        // then
        assertThat(model.facts().toList().stream().map(DigestFact::fact).toList()).extracting(f -> f.metric() + "/" + f.region())
                .containsExactly("capex/China", "towers/China", "towers/Shanghai");
    }

    @Test
    void labelsAnUnknownMetricWithItsKey() {
        // given
        DigestModel model = DigestModelFixture.beijingSeed().build();

        // then
        assertThat(model.metric("base_stations_5g_advanced").label()).isEqualTo("5G-Advanced base stations");
        assertThat(model.metric("satellite_ground_stations"))
                .isEqualTo(new MetricInfo("satellite_ground_stations", "satellite_ground_stations", ""));
    }

    @Test
    void refusesAModelWithoutARunDate() {
        assertThatThrownBy(() -> new DigestModel(null, null, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(),
                List.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("run date");
    }
}
