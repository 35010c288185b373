package org.infradigest.mail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The mail step: sends {@code output/<runDate>/digest.pdf} to the configured recipients, at most once per run
 * date. Skipped with one log line when no recipient is set; fails with a one-line {@link MailDeliveryException}
 * when the server is down or refuses, and the next run (or a restart of the date) sends it then.
 *
 * <p>At most once, not at least once: the attempt is committed to {@code mail_delivery} before the SMTP
 * exchange and marked sent after it. A refusal the server reports removes the attempt, so a retry sends.
 * If the process dies during the exchange, the row stays unconfirmed and later runs refuse to send it again:
 * the mail may well have been delivered, and managers getting the same digest twice (or twenty times, on a
 * crash loop) is worse than an operator resending one by hand, which the failure message explains how to do.
 */
public class MailDigestTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(MailDigestTasklet.class);

    private final DigestMailProperties properties;
    private final DigestMessageComposer composer;
    private final JavaMailSender sender;
    private final MailDeliveryLog deliveries;
    private final Path pdf;
    private final LocalDate runDate;
    private final Supplier<DigestMailContent> content;

    /**
     * @param sender  the SMTP sender, or null when {@code spring.mail.host} is not set
     * @param pdf     the published digest, {@code output/<runDate>/digest.pdf}
     * @param content the mail's headlines and counts; only asked for when a mail is actually sent
     */
    public MailDigestTasklet(DigestMailProperties properties, DigestMessageComposer composer, JavaMailSender sender,
                             MailDeliveryLog deliveries, Path pdf, LocalDate runDate,
                             Supplier<DigestMailContent> content) {
        this.properties = properties;
        this.composer = composer;
        this.sender = sender;
        this.deliveries = deliveries;
        this.pdf = pdf;
        this.runDate = runDate;
        this.content = content;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        if (!properties.hasRecipients()) {
            log.info("mail: no recipients (infradigest.mail.to is empty); the digest for {} is not mailed", runDate);
            return RepeatStatus.FINISHED;
        }
        Optional<MailDelivery> earlier = deliveries.find(runDate);
        if (earlier.isPresent()) {
            return alreadyHandled(earlier.get());
        }
        MimeMessage message = compose();
        String server = SmtpServer.describe(sender);
        log.info("mail: sending the digest for {} to {} recipient(s) via SMTP {}", runDate, properties.to().size(),
                server);
        if (!deliveries.recordAttempt(runDate, properties.to())) {
            // Another process got there between our check and our insert (the run lock makes this rare).
            return deliveries.find(runDate).map(this::alreadyHandled).orElseThrow(() -> new MailDeliveryException(
                    "mail: another process is mailing the digest for " + runDate + " right now"));
        }
        try {
            sender.send(message);
        } catch (MailException e) {
            // The server (or the network) said no: nothing was accepted, so the next run may send it. The one
            // exception is a read timeout after the message body, which the server may still have accepted; we
            // take that (rare) duplicate rather than leave every timeout to an operator.
            deliveries.forgetAttempt(runDate);
            log.debug("mail: SMTP failure in full", e);
            throw MailDeliveryException.refused(runDate, server, SmtpServer.reason(e));
        }
        String messageId = messageId(message);
        deliveries.recordSent(runDate, messageId);
        contribution.incrementWriteCount(1);
        log.info("mail: the digest for {} was accepted by {} (Message-ID {})", runDate, server, messageId);
        return RepeatStatus.FINISHED;
    }

    private RepeatStatus alreadyHandled(MailDelivery delivery) {
        if (!delivery.sent()) {
            throw MailDeliveryException.unconfirmed(delivery);
        }
        log.info("mail: the digest for {} was already sent at {} (Message-ID {}); not sending it again", runDate,
                delivery.sentAt(), delivery.messageId());
        return RepeatStatus.FINISHED;
    }

    private MimeMessage compose() {
        if (properties.from() == null) {
            throw MailDeliveryException.notConfigured(runDate, "infradigest.mail.from is not set");
        }
        if (sender == null) {
            throw MailDeliveryException.notConfigured(runDate,
                    "infradigest.mail.to is set but spring.mail.host is not");
        }
        byte[] bytes = readPdf();
        MimeMessage message = sender.createMimeMessage();
        try {
            composer.compose(message, content.get(), bytes);
        } catch (AddressException e) {
            throw MailDeliveryException.notConfigured(runDate, "'" + e.getRef()
                    + "' in infradigest.mail.from or .to is not a mail address (" + SmtpServer.reason(e) + ")");
        } catch (MessagingException e) {
            throw MailDeliveryException.notConfigured(runDate, "the message could not be built: "
                    + SmtpServer.reason(e));
        }
        return message;
    }

    private byte[] readPdf() {
        try {
            return Files.readAllBytes(pdf);
        } catch (NoSuchFileException e) {
            throw MailDeliveryException.missingPdf(pdf);
        } catch (IOException e) {
            throw new MailDeliveryException("mail: cannot read " + pdf + ": " + e.getMessage());
        }
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            // The server accepted the message; a missing header is no reason to fail the step and resend.
            return null;
        }
    }
}
