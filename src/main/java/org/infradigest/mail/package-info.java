/**
 * The {@code mail} step: mails {@code output/<runDate>/digest.pdf} to the managers, at most once per run date.
 *
 * <p>{@link org.infradigest.mail.MailDigestTasklet} does the step: it skips with one log line when
 * {@code infradigest.mail.to} is empty, skips when {@link org.infradigest.mail.MailDeliveryLog} says the date
 * was already mailed (restart, rebuild), and otherwise has {@link org.infradigest.mail.DigestMessageComposer}
 * build the message (subject naming the run date, plain text and HTML alternatives with the headline figures of
 * a {@link org.infradigest.mail.DigestMailContent}, the PDF attached as {@code digest-<runDate>.pdf}) and sends
 * it through Spring Boot's {@code JavaMailSender} ({@code spring.mail.host/port/username/password}).
 *
 * <p>Failures an operator can act on (server down, login or recipient refused, nothing configured, PDF missing)
 * are a {@link org.infradigest.mail.MailDeliveryException}: one line naming the date, the server
 * ({@code host:port}, never the credentials) and the reason, without a stack trace. The step fails, the run's
 * exit code says so, and running the date again sends the mail.
 *
 * <p>Delivery is at most once: the {@code mail_delivery} row is committed before the SMTP exchange and marked
 * sent after it. A process that dies in between leaves an unconfirmed row, and the date is then not mailed
 * again until an operator deletes that row (the failure message gives the statement).
 */
package org.infradigest.mail;
