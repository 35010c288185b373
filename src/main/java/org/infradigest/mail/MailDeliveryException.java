package org.infradigest.mail;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The mail step could not send the digest, for a reason an operator can act on (server down, refused,
 * not configured). Its message is one line saying what and why, and it carries no stack trace and no cause:
 * this is an expected failure, and Spring Batch logs a failed step's exception in full at ERROR level.
 * The underlying exception is logged at DEBUG by the tasklet.
 */
public class MailDeliveryException extends RuntimeException {

    MailDeliveryException(String message) {
        super(message, null, false, false);
    }

    static MailDeliveryException refused(LocalDate runDate, String server, String reason) {
        return new MailDeliveryException("mail: could not send the digest for " + runDate + " via SMTP " + server
                + ": " + reason + ". The digest files are written; run the same date again to send it.");
    }

    static MailDeliveryException unconfirmed(MailDelivery delivery) {
        return new MailDeliveryException("mail: the digest for " + delivery.runDate() + " was handed to SMTP at "
                + delivery.attemptedAt() + " but the process stopped before the server's answer was recorded; "
                + "it is not sent again, to avoid a duplicate. If the recipients did not get it, run "
                + "\"DELETE FROM mail_delivery WHERE run_date = DATE '" + delivery.runDate()
                + "'\" and run the date again.");
    }

    static MailDeliveryException notConfigured(LocalDate runDate, String what) {
        return new MailDeliveryException("mail: cannot send the digest for " + runDate + ": " + what);
    }

    static MailDeliveryException missingPdf(Path pdf) {
        return new MailDeliveryException("mail: " + pdf + " does not exist; the publish step writes it before "
                + "the mail step runs.");
    }
}
