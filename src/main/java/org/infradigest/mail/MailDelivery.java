package org.infradigest.mail;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One row of {@code mail_delivery}: the digest of a run date was handed to SMTP ({@code attemptedAt}) and,
 * once the server accepted it, recorded as sent with its Message-ID.
 *
 * @param runDate     the run's business date
 * @param attemptedAt when the SMTP exchange started
 * @param sentAt      when the server accepted the message; null if that was never recorded
 * @param recipients  the recipients, comma separated
 * @param messageId   the message's Message-ID header; null until sent
 */
public record MailDelivery(LocalDate runDate, OffsetDateTime attemptedAt, OffsetDateTime sentAt, String recipients,
                           String messageId) {

    /** True when the server accepted the message for this date. */
    public boolean sent() {
        return sentAt != null;
    }
}
