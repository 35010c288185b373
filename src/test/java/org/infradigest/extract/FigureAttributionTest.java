package org.infradigest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;

import org.infradigest.domain.Extraction;
import org.infradigest.domain.Fact;
import org.junit.jupiter.api.Test;

class FigureAttributionTest {

    private static final ExtractionEngine ENGINE = ExtractionEngine.fromClasspath();

    @Test
    void aDatelineWithoutADateIsWhereTheReportWasFiledNotTheFiguresRegion() {
        // given a national story filed in the capital, with operators but no region in most sentences
        String body = """
                NEW DELHI -- India's 5G subscriber base reached more than 150 million by the end of February, according to industry estimates.
                Reliance Jio has deployed over 3.2 lakh 5G base stations, while Bharti Airtel has about 1.25 lakh.""";

        // when
        Extraction extraction = ENGINE.extract(NewsFixture.of("Jio and Airtel extend 5G reach", LocalDate.of(2024, 3, 5), body));

        // then every figure is India's, each base-station count with its own operator
        assertThat(extraction.facts()).extracting(Fact::region).containsOnly("India");
        assertThat(extraction.facts()).filteredOn(f -> f.metric().equals("base_stations_5g"))
                .extracting(Fact::operator, f -> f.value().toPlainString())
                .containsExactly(tuple("Reliance Jio", "320000"),
                        tuple("Bharti Airtel", "125000"));
    }
}
