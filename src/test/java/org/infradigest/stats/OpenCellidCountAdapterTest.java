package org.infradigest.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.infradigest.stats.StatsFixtures.readFixture;
import static org.infradigest.stats.StatsFixtures.readText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.infradigest.domain.Fact;
import org.junit.jupiter.api.Test;

class OpenCellidCountAdapterTest {

    private static final String SLICE = "opencellid_diff_2022-09-10_slice.csv";

    @Test
    void chinaUnicomHasSeventeenLteCellsAndChinaTelecomOneOnTheExportDate() {
        // when
        var result = readFixture(SLICE);

        // then
        assertThat(result.facts()).filteredOn(f -> f.region().equals("China"))
                .extracting(Fact::metric, Fact::operator, Fact::value, Fact::unit, Fact::period)
                .containsExactlyInAnyOrder(
                        tuple("cells_4g_lte", "China Unicom", BigDecimal.valueOf(17), "cells", "2022-09-10"),
                        tuple("cells_4g_lte", "China Telecom", BigDecimal.valueOf(1), "cells", "2022-09-10"));
    }

    @Test
    void australiaHasTwoFiveGCellsOnNetwork505Slash3() {
        // when
        var result = readFixture(SLICE);

        // then
        Fact nr = result.facts().stream().filter(f -> f.metric().equals("cells_5g_nr")).findFirst().orElseThrow();
        assertThat(nr.region()).isEqualTo("Australia");
        assertThat(nr.operator()).isEqualTo("TPG Telecom");
        assertThat(nr.value()).isEqualByComparingTo("2");
        assertThat(nr.sentence()).startsWith("2 NR cells counted for mcc 505, net 3; first at line ");
    }

    @Test
    void everyRowIsCountedOnceIntoOneFactPerCountryOperatorAndRadio() {
        // when
        var result = readFixture(SLICE);

        // then: 63 GSM cells of 262/2 and 37 of 262/1 in Germany, 17 + 1 LTE in China, 2 NR in Australia
        assertThat(result.rejects()).isEmpty();
        assertThat(result.summary().rows()).isEqualTo(120);
        assertThat(result.facts()).hasSize(5);
        assertThat(result.facts().stream().map(Fact::value).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("120");
        assertThat(result.facts()).extracting(Fact::region, Fact::operator, Fact::metric, Fact::value).contains(
                tuple("Germany", "Vodafone Germany", "cells_2g_gsm", BigDecimal.valueOf(63)),
                tuple("Germany", "Telekom Deutschland", "cells_2g_gsm", BigDecimal.valueOf(37)));
    }

    @Test
    void anUnknownNetworkKeepsItsCodeAsOperatorAndTheNewestUpdateDatesAnUndatedExport() {
        // given: 2022-09-09T08:00Z and 2022-09-10T12:00Z as epoch seconds
        String export = """
                radio,mcc,net,area,cell,unit,lon,lat,range,samples,changeable,created,updated,averageSignal
                LTE,262,77,1,2,0,10.0,50.0,1000,1,1,1600000000,1662710400,0
                UMTS,262,77,1,3,0,10.0,50.0,1000,1,1,1600000000,1662811200,0
                """;

        // when
        var result = readText("cells.csv", export);

        // then
        assertThat(result.facts()).extracting(Fact::operator, Fact::metric, Fact::period).containsExactly(
                tuple("262/77", "cells_4g_lte", "2022-09-10"),
                tuple("262/77", "cells_3g_umts", "2022-09-10"));
    }

    @Test
    void aCountryExportWithoutHeaderLineIsRecognisedByItsFirstRow() {
        // given: OpenCelliD's per-country downloads (460.csv.gz) have no header
        String export = """
                LTE,460,0,4342,7807855,0,116.42,39.90,1000,14,1,1458613934,1662701248,0
                NR,460,0,4342,7807856,0,116.42,39.90,1000,14,1,1458613934,1662701248,0
                LTE,460,15,4342,7807857,0,116.42,39.90,1000,14,1,1458613934,1662701248,0
                """;

        // when
        var result = readText("460.csv", export);

        // then
        assertThat(result.facts()).extracting(Fact::operator, Fact::metric).containsExactly(
                tuple("China Mobile", "cells_4g_lte"),
                tuple("China Mobile", "cells_5g_nr"),
                tuple("China Broadnet", "cells_4g_lte"));
    }

    @Test
    void indianNetworksMapToTheirOperatorsAcrossBothCountryCodes() {
        // given
        String export = """
                radio,mcc,net,area,cell,unit,lon,lat,range,samples,changeable,created,updated,averageSignal
                LTE,405,857,1,1,0,77.2,28.6,1000,1,1,1600000000,1662710400,0
                LTE,404,10,1,2,0,77.2,28.6,1000,1,1,1600000000,1662710400,0
                LTE,405,52,1,3,0,77.2,28.6,1000,1,1,1600000000,1662710400,0
                """;

        // when
        var result = readText("india_2022-09-10.csv", export);

        // then
        assertThat(result.facts()).extracting(Fact::region, Fact::operator, Fact::value).containsExactly(
                tuple("India", "Bharti Airtel", BigDecimal.valueOf(1)),
                tuple("India", "Bharti Airtel", BigDecimal.valueOf(1)),
                tuple("India", "Reliance Jio", BigDecimal.valueOf(1)));
    }

    @Test
    void aMillionCellsAreCountedFromAStreamIntoAHandfulOfFacts() {
        // given: generated as read, never a file or a list
        long rows = 1_000_000;
        List<StatFact> facts = new ArrayList<>();

        // when
        ReadSummary summary = StatsFixtures.reader().read("cells_2022-09-10.csv", GeneratedCsv.cellExport(rows),
                Optional.empty(), facts::add, r -> { throw new AssertionError(r.toString()); });

        // then: 3 networks x 5 radios
        assertThat(summary.rows()).isEqualTo(rows);
        assertThat(facts).hasSize(15);
        assertThat(facts.stream().map(f -> f.fact().value()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(BigDecimal.valueOf(rows));
    }

    @Test
    void badRowsAndUnknownCountriesAreRejectedAndTheRestCounted() {
        // given
        String export = """
                radio,mcc,net,area,cell,unit,lon,lat,range,samples,changeable,created,updated,averageSignal
                LTE,460,1,1,1,0,116.4,39.9,1000,1,1,1600000000,1662710400,0
                WIMAX,460,1,1,2,0,116.4,39.9,1000,1,1,1600000000,1662710400,0
                LTE,abc,1,1,3,0,116.4,39.9,1000,1,1,1600000000,1662710400,0
                GSM,999,1,1,4,0,0,0,1000,1,1,1600000000,1662710400,0
                """;

        // when
        var result = readText("cells_2022-09-10.csv", export);

        // then
        assertThat(result.facts()).singleElement().extracting(Fact::operator).isEqualTo("China Unicom");
        assertThat(result.rejects()).extracting(r -> r.location() + ": " + r.reason()).containsExactly(
                "line 3: radio 'WIMAX' is not GSM, UMTS, LTE, NR or CDMA",
                "line 4: mcc 'abc' or net '1' is not a number",
                "mcc 999: 1 cells with mobile country code 999 are not counted: add the country to lexicon/mobile_networks.yml");
    }
}
