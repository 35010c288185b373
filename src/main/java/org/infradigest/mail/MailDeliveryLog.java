package org.infradigest.mail;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.infradigest.store.Checkpoint;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code mail_delivery} table: which run dates were mailed, so that no date is mailed twice.
 * Every write commits at once in its own transaction, also when called inside the step's transaction, and is
 * then flushed to the file ({@link Checkpoint}; a flush leaves the step's own transaction open): the attempt row
 * must be durable before the SMTP exchange starts, or a crash during it would be forgotten.
 */
public class MailDeliveryLog {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Checkpoint checkpoint;

    public MailDeliveryLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.checkpoint = new Checkpoint(jdbc);
        this.ownTransaction = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The delivery recorded for a run date, sent or only attempted. */
    public Optional<MailDelivery> find(LocalDate runDate) {
        return jdbc.query("""
                        SELECT run_date, attempted_at, sent_at, recipients, message_id
                        FROM mail_delivery WHERE run_date = ?""",
                (rs, i) -> new MailDelivery(rs.getDate("run_date").toLocalDate(),
                        rs.getObject("attempted_at", OffsetDateTime.class),
                        rs.getObject("sent_at", OffsetDateTime.class),
                        rs.getString("recipients"), rs.getString("message_id")),
                Date.valueOf(runDate)).stream().findFirst();
    }

    /**
     * Records that the digest of {@code runDate} is about to be handed to SMTP.
     *
     * @return false when a row for the date already exists (another attempt got there first)
     */
    public boolean recordAttempt(LocalDate runDate, List<String> recipients) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update(
                    "INSERT INTO mail_delivery (run_date, attempted_at, recipients) VALUES (?, ?, ?)",
                    Date.valueOf(runDate), now(), truncate(String.join(", ", recipients), 4000)));
            checkpoint.flush();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Records that the server accepted the message of {@code runDate}. */
    public void recordSent(LocalDate runDate, String messageId) {
        ownTransaction.executeWithoutResult(status -> jdbc.update(
                "UPDATE mail_delivery SET sent_at = ?, message_id = ? WHERE run_date = ?",
                now(), messageId == null ? null : truncate(messageId, 998), Date.valueOf(runDate)));
        checkpoint.flush();
    }

    /** Forgets an attempt the server refused, so that the next run sends the mail; a sent row is kept. */
    public void forgetAttempt(LocalDate runDate) {
        ownTransaction.executeWithoutResult(status -> jdbc.update(
                "DELETE FROM mail_delivery WHERE run_date = ? AND sent_at IS NULL", Date.valueOf(runDate)));
        checkpoint.flush();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
