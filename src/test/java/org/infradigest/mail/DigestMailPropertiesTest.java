package org.infradigest.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class DigestMailPropertiesTest {

    private static final LocalDate RUN_DATE = LocalDate.of(2025, 5, 20);

    @Test
    void theDefaultSubjectNamesTheRunDate() {
        assertThat(new DigestMailProperties(null, null, null).subjectFor(RUN_DATE))
                .isEqualTo("InfraDigest digest for 2025-05-20");
    }

    @Test
    void aSubjectWithoutThePlaceholderStillGetsTheRunDate() {
        assertThat(new DigestMailProperties(null, null, "Nightly infrastructure digest").subjectFor(RUN_DATE))
                .isEqualTo("Nightly infrastructure digest 2025-05-20");
    }

    @Test
    void recipientsGivenAsOneCommaSeparatedValueAreSplitAndBlanksDropped() {
        DigestMailProperties properties = new DigestMailProperties(
                Arrays.asList(" a@example.com, b@example.com ", "", null), "x@example.com", null);

        assertThat(properties.to()).containsExactly("a@example.com", "b@example.com");
        assertThat(properties.hasRecipients()).isTrue();
    }

    @Test
    void noRecipientsMeansNothingToSend() {
        assertThat(new DigestMailProperties(List.of(" "), "x@example.com", null).hasRecipients()).isFalse();
    }
}
