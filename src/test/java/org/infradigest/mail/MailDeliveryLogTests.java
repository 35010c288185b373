package org.infradigest.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class MailDeliveryLogTests {

    private static final LocalDate RUN_DATE = LocalDate.of(2025, 5, 20);

    private final MailDeliveryLog log = new MailDeliveryLog(new JdbcTemplate(MailDatabase.migrated()));

    @Test
    void anAttemptThenItsAcceptanceIsOneSentRowWithTheMessageId() {
        // when
        boolean first = log.recordAttempt(RUN_DATE, List.of("a@example.com", "b@example.com"));
        log.recordSent(RUN_DATE, "<42@infradigest>");

        // then
        assertThat(first).isTrue();
        assertThat(log.find(RUN_DATE)).hasValueSatisfying(delivery -> {
            assertThat(delivery.sent()).isTrue();
            assertThat(delivery.recipients()).isEqualTo("a@example.com, b@example.com");
            assertThat(delivery.messageId()).isEqualTo("<42@infradigest>");
            assertThat(delivery.sentAt()).isAfterOrEqualTo(delivery.attemptedAt());
        });
    }

    @Test
    void aSecondAttemptForTheSameDateIsRefused() {
        // given
        log.recordAttempt(RUN_DATE, List.of("a@example.com"));

        // when / then
        assertThat(log.recordAttempt(RUN_DATE, List.of("a@example.com"))).isFalse();
    }

    @Test
    void aForgottenAttemptLeavesNoRowButASentDeliveryIsNeverForgotten() {
        // given
        LocalDate sentDate = RUN_DATE.minusDays(1);
        log.recordAttempt(sentDate, List.of("a@example.com"));
        log.recordSent(sentDate, "<41@infradigest>");
        log.recordAttempt(RUN_DATE, List.of("a@example.com"));

        // when
        log.forgetAttempt(RUN_DATE);
        log.forgetAttempt(sentDate);

        // then
        assertThat(log.find(RUN_DATE)).isEmpty();
        assertThat(log.find(sentDate)).hasValueSatisfying(delivery -> assertThat(delivery.sent()).isTrue());
    }
}
