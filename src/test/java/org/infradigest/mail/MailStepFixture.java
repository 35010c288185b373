package org.infradigest.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * What the mail step finds when it runs: a published digest.pdf, a migrated database, and SMTP senders
 * pointed at a loopback port with the test credentials.
 */
final class MailStepFixture {

    static final LocalDate RUN_DATE = LocalDate.of(2025, 5, 20);
    static final String FROM = "digest@infradigest.test";
    static final String USER = "digest";
    static final String PASSWORD = "Sup3r-Secret-Smtp-Pa55";
    static final String HEADLINE = "5G base stations: 4,250,000 (China, 2025-03)";

    final DataSource dataSource = MailDatabase.migrated();
    final MailDeliveryLog deliveries = new MailDeliveryLog(new JdbcTemplate(dataSource));
    final AtomicInteger contentRequests = new AtomicInteger();
    final byte[] pdf = "%PDF-1.7\nbinary \u00e9\u00e8 tail".getBytes(StandardCharsets.ISO_8859_1);
    final Path pdfFile;

    /** Publishes {@code output/<runDate>/digest.pdf} as the publish step would. */
    MailStepFixture(Path output) {
        try {
            pdfFile = Files.createDirectories(output.resolve(RUN_DATE.toString())).resolve("digest.pdf");
            Files.write(pdfFile, pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    MailDigestTasklet tasklet(List<String> to, JavaMailSenderImpl sender) {
        return tasklet(to, sender, RUN_DATE);
    }

    MailDigestTasklet tasklet(List<String> to, JavaMailSenderImpl sender, LocalDate runDate) {
        DigestMailProperties properties = new DigestMailProperties(to, FROM, null);
        return new MailDigestTasklet(properties, new DigestMessageComposer(properties), sender, deliveries, pdfFile,
                runDate, () -> {
                    contentRequests.incrementAndGet();
                    return new DigestMailContent(runDate, List.of(HEADLINE), 42, 7, 3);
                });
    }

    static RepeatStatus execute(MailDigestTasklet tasklet) {
        StepContribution contribution = MetaDataInstanceFactory.createStepExecution().createStepContribution();
        return tasklet.execute(contribution, null);
    }

    static JavaMailSenderImpl sender(int port) {
        return configured(new JavaMailSenderImpl(), port);
    }

    static JavaMailSenderImpl configured(JavaMailSenderImpl sender, int port) {
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.setUsername(USER);
        sender.setPassword(PASSWORD);
        Properties properties = sender.getJavaMailProperties();
        properties.put("mail.smtp.auth", "true");
        properties.put("mail.smtp.connectiontimeout", "2000");
        properties.put("mail.smtp.timeout", "5000");
        return sender;
    }

    /** A loopback port that was free a moment ago: nothing listens there. */
    static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** The delivery row as another connection sees it: "none", "attempted" or "sent" (committed rows only). */
    String rowSeenFromAnotherConnection() {
        // DataSource.getConnection() bypasses Spring's transaction binding.
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT sent_at FROM mail_delivery WHERE run_date = ?")) {
            statement.setObject(1, RUN_DATE);
            try (ResultSet rs = statement.executeQuery()) {
                return !rs.next() ? "none" : rs.getObject(1) == null ? "attempted" : "sent";
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> distinctMessageIds(MimeMessage[] messages) {
        return Arrays.stream(messages).map(message -> {
            try {
                return message.getMessageID();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).distinct().toList();
    }
}
