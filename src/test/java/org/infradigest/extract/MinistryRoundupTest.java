package org.infradigest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.infradigest.domain.Extraction;
import org.infradigest.domain.Fact;
import org.infradigest.domain.Qualifier;
import org.infradigest.domain.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A year-end ministry round-up written for this test: many figures, several per sentence, none in the corpus. */
class MinistryRoundupTest {

    private static Extraction extraction;

    @BeforeAll
    static void read() {
        extraction = ExtractionEngine.fromClasspath().extract(NewsFixture.article("fixtures/ministry-year-end-roundup.txt"));
    }

    @Test
    void readsEveryFigureWithItsOwnMetricRegionAndPeriod() {
        assertThat(extraction.facts())
                .extracting(Fact::metric, f -> f.value().toPlainString(), Fact::region, Fact::period, Fact::qualifier)
                .containsExactly(
                        tuple("base_stations_5g", "4250000", "China", "2024", Qualifier.EXACT),
                        tuple("base_stations_5g_net_added", "874000", "China", "2024", Qualifier.EXACT),
                        tuple("mobile_subscribers_5g", "1010000000", "China", "2024", Qualifier.EXACT),
                        tuple("mobile_subscribers_5g_share", "56", "China", "2024", Qualifier.EXACT),
                        tuple("broadband_users", "670000000", "China", "2024", Qualifier.EXACT),
                        tuple("gigabit_broadband_users", "207000000", "China", "2024", Qualifier.EXACT),
                        tuple("base_stations_5g_target", "4500000", "China", "2025", Qualifier.OVER),
                        // no time of their own, and the revenue sentence before them ended the run of 2024 figures
                        tuple("computing_power_eflops", "280", "China", null, Qualifier.EXACT),
                        tuple("base_stations_5g", "340000", "Guangdong", null, Qualifier.OVER),
                        tuple("base_stations_5g", "250000", "Jiangsu", null, Qualifier.ABOUT),
                        tuple("base_stations_5g", "210000", "Zhejiang", null, Qualifier.ABOUT),
                        tuple("data_centre_racks", "8800000", "China", null, Qualifier.OVER));
    }

    @Test
    void leavesOutRevenueGrowthAndChanges() {
        assertThat(extraction.facts()).noneMatch(f -> f.sentence().contains("revenue"));
        assertThat(extraction.facts()).noneMatch(f -> f.value().toPlainString().equals("43700000"));
    }

    @Test
    void readsAQuoteBeforeTheSpeaker() {
        assertThat(extraction.statements()).extracting(Statement::speaker, Statement::role, Statement::organisation)
                .containsExactly(tuple("Zhao Zhiguo", "chief engineer", "MIIT"));
    }
}
