package org.infradigest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.infradigest.domain.Extraction;
import org.infradigest.domain.LicenceApproval;
import org.junit.jupiter.api.Test;

class LicenceExtractorTest {

    private static final ExtractionEngine ENGINE = ExtractionEngine.fromClasspath();

    @Test
    void readsABatchAndARunningTotalOfForeignFirmsApproved() {
        // given
        String body = "Twelve foreign-invested companies, including Siemens' Shanghai unit, won approval in the third "
                + "batch of pilots for value-added telecommunications services. So far 31 foreign firms in Shanghai "
                + "have obtained such licences in total.";
        // when
        Extraction extraction = ENGINE.extract(NewsFixture.of("Shanghai opens telecom sector", LocalDate.of(2025, 3, 1), body));
        // then
        List<LicenceApproval> licences = extraction.licences();
        assertThat(licences).extracting(LicenceApproval::region, LicenceApproval::firms, LicenceApproval::cumulative,
                        LicenceApproval::batch, LicenceApproval::service, LicenceApproval::namedFirms)
                .containsExactly(tuple("Shanghai", 12, false, "third batch", "value-added telecommunications services",
                                "Siemens' Shanghai unit"),
                        tuple("Shanghai", 31, true, null, "value-added telecommunications services", null));
        assertThat(extraction.facts()).extracting(f -> f.metric(), f -> f.value().intValue())
                .containsExactly(tuple("foreign_vats_firms_approved_net_added", 12), tuple("foreign_vats_firms_approved", 31));
    }
}
