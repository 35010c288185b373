package org.infradigest.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/** The mail step against a real SMTP server (GreenMail on a free loopback port) and a real H2 schema. */
@ExtendWith(OutputCaptureExtension.class)
class MailDigestTaskletTests {

    private static final LocalDate RUN_DATE = LocalDate.of(2025, 5, 20);
    private static final String FROM = "digest@infradigest.test";
    private static final String USER = "digest";
    private static final String PASSWORD = "Sup3r-Secret-Smtp-Pa55";

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(
            new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(FROM, USER, PASSWORD))
            .withPerMethodLifecycle(true);

    @TempDir
    Path output;

    private final DataSource dataSource = MailDatabase.migrated();
    private final MailDeliveryLog deliveries = new MailDeliveryLog(new JdbcTemplate(dataSource));
    private final AtomicInteger contentRequests = new AtomicInteger();
    private byte[] pdf;
    private Path pdfFile;

    @BeforeEach
    void publishedDigest() throws IOException {
        pdf = ("%PDF-1.7\n" + "binary \u00e9\u00e8 tail").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        pdfFile = Files.createDirectories(output.resolve(RUN_DATE.toString())).resolve("digest.pdf");
        Files.write(pdfFile, pdf);
    }

    @Test
    void theRecipientsReceiveThePublishedPdfUnderASubjectNamingTheRunDate() throws Exception {
        // when
        RepeatStatus status = execute(tasklet(List.of("cto@example.com", "cfo@example.com"), sender(smtpPort())));

        // then
        assertThat(status).isEqualTo(RepeatStatus.FINISHED);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2); // one copy per recipient mailbox, one message
        assertThat(distinctMessageIds(received)).hasSize(1);
        MimeMessage message = received[0];
        assertThat(message.getSubject()).contains("2025-05-20");
        assertThat(message.getFrom()).containsExactly(new InternetAddress(FROM));
        assertThat(message.getRecipients(Message.RecipientType.TO)).containsExactly(
                new InternetAddress("cto@example.com"), new InternetAddress("cfo@example.com"));
        ReceivedMail mail = ReceivedMail.of(message);
        assertThat(mail.multipartTypes()).contains("multipart/alternative");
        assertThat(mail.part("application/pdf").fileName()).isEqualTo("digest-2025-05-20.pdf");
        assertThat(mail.part("application/pdf").bytes()).isEqualTo(pdf);
        assertThat(mail.part("text/plain").text()).contains("4,250,000");
        assertThat(mail.part("text/html").text()).contains("4,250,000");
        String messageId = message.getMessageID();
        assertThat(deliveries.find(RUN_DATE)).hasValueSatisfying(delivery -> {
            assertThat(delivery.sent()).isTrue();
            assertThat(delivery.messageId()).isEqualTo(messageId);
            assertThat(delivery.recipients()).isEqualTo("cto@example.com, cfo@example.com");
        });
    }

    @Test
    void aScriptInjectedThroughArticleTextArrivesEscapedInTheHtmlPart() throws Exception {
        // given
        Supplier<DigestMailContent> hostile = () -> new DigestMailContent(RUN_DATE,
                List.of("Operator says <script>alert(\"owned\")</script> & more"), 1, 1, 0);

        // when
        execute(new MailDigestTasklet(properties(List.of("cto@example.com")), composer(List.of("cto@example.com")),
                sender(smtpPort()), deliveries, pdfFile, RUN_DATE, hostile));

        // then
        String html = ReceivedMail.of(smtp.getReceivedMessages()[0]).part("text/html").text();
        assertThat(html).doesNotContain("<script>")
                .contains("&lt;script&gt;alert(&quot;owned&quot;)&lt;/script&gt; &amp; more");
    }

    @Test
    void aSecondExecutionForTheSameRunDateSendsNothingMore(CapturedOutput log) throws Exception {
        // given
        execute(tasklet(List.of("cto@example.com"), sender(smtpPort())));

        // when
        RepeatStatus status = execute(tasklet(List.of("cto@example.com"), sender(smtpPort())));

        // then
        assertThat(status).isEqualTo(RepeatStatus.FINISHED);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(log.getAll()).contains("the digest for 2025-05-20 was already sent");
    }

    @Test
    void anUnreachableServerFailsTheStepWithOneClearLineAndRecordsNoDelivery() throws Exception {
        // given
        int nothingListening = closedPort();

        // when / then
        assertThatThrownBy(() -> execute(tasklet(List.of("cto@example.com"), sender(nothingListening))))
                .isInstanceOf(MailDeliveryException.class)
                .hasMessageContaining("2025-05-20")
                .hasMessageContaining("127.0.0.1:" + nothingListening)
                .hasMessageContaining("Connection refused")
                .hasNoCause()
                .satisfies(e -> {
                    assertThat(e.getMessage()).doesNotContain("\n");
                    assertThat(e.getStackTrace()).isEmpty();
                });
        assertThat(deliveries.find(RUN_DATE)).isEmpty();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void aLaterExecutionWithTheServerUpSendsExactlyOneMail() throws Exception {
        // given
        assertThatThrownBy(() -> execute(tasklet(List.of("cto@example.com"), sender(closedPort()))))
                .isInstanceOf(MailDeliveryException.class);

        // when
        execute(tasklet(List.of("cto@example.com"), sender(smtpPort())));
        execute(tasklet(List.of("cto@example.com"), sender(smtpPort())));

        // then
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(deliveries.find(RUN_DATE)).hasValueSatisfying(d -> assertThat(d.sent()).isTrue());
    }

    @Test
    void withoutRecipientsTheStepIsSkippedAndNothingIsSent(CapturedOutput log) throws Exception {
        // when
        RepeatStatus status = execute(tasklet(List.of(), sender(smtpPort())));

        // then
        assertThat(status).isEqualTo(RepeatStatus.FINISHED);
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(deliveries.find(RUN_DATE)).isEmpty();
        assertThat(contentRequests).hasValue(0);
        assertThat(log.getAll().lines().filter(line -> line.contains("mail: "))).singleElement()
                .asString().contains("no recipients");
    }

    @Test
    void thePasswordNeverAppearsInTheLogWhenSendingOrWhenTheServerRefusesTheLogin(CapturedOutput log)
            throws Exception {
        // given
        execute(tasklet(List.of("cto@example.com"), sender(smtpPort())));
        JavaMailSenderImpl wrongLogin = sender(smtpPort());
        wrongLogin.setPassword(PASSWORD + "-wrong");

        // when
        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(
                () -> execute(tasklet(List.of("cto@example.com"), wrongLogin, RUN_DATE.plusDays(1))));

        // then
        assertThat(refused).isInstanceOf(MailDeliveryException.class).hasMessageContaining("127.0.0.1:");
        assertThat(log.getAll()).contains("via SMTP 127.0.0.1:" + smtpPort())
                .doesNotContain(PASSWORD, base64(PASSWORD), base64("\0" + USER + "\0" + PASSWORD));
        assertThat(refused.getMessage()).doesNotContain(PASSWORD);
    }

    @Test
    void aServerThatRefusesTheLoginFailsTheStepWithItsAnswerAndTheNextRunSendsIt() throws Exception {
        // given
        JavaMailSenderImpl wrongLogin = sender(smtpPort());
        wrongLogin.setPassword("not-the-password");

        // when / then
        assertThatThrownBy(() -> execute(tasklet(List.of("cto@example.com"), wrongLogin)))
                .isInstanceOf(MailDeliveryException.class).hasMessageContaining("535");
        assertThat(deliveries.find(RUN_DATE)).isEmpty();
        execute(tasklet(List.of("cto@example.com"), sender(smtpPort())));
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aMailWhoseAcceptanceWasNeverRecordedIsNotSentAgain() throws Exception {
        // given the process "dies" right after the server accepted the message
        JavaMailSenderImpl dyingAfterAcceptance = configured(new JavaMailSenderImpl() {
            @Override
            protected void doSend(MimeMessage[] mimeMessages, Object[] originalMessages) {
                super.doSend(mimeMessages, originalMessages);
                throw new IllegalStateException("killed before the delivery was recorded");
            }
        }, smtpPort());
        assertThatThrownBy(() -> execute(tasklet(List.of("cto@example.com"), dyingAfterAcceptance)))
                .hasMessageContaining("killed");

        // when / then
        assertThatThrownBy(() -> execute(tasklet(List.of("cto@example.com"), sender(smtpPort()))))
                .isInstanceOf(MailDeliveryException.class)
                .hasMessageContaining("not sent again")
                .hasMessageContaining("DELETE FROM mail_delivery WHERE run_date = DATE '2025-05-20'");
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void theAttemptIsCommittedBeforeTheExchangeAndSurvivesARollbackOfTheStepTransaction() throws Exception {
        // given a sender that looks at the table from another connection while it talks to the server
        List<String> seenDuringExchange = new ArrayList<>();
        JavaMailSenderImpl watching = configured(new JavaMailSenderImpl() {
            @Override
            protected void doSend(MimeMessage[] mimeMessages, Object[] originalMessages) {
                seenDuringExchange.add(rowSeenFromAnotherConnection());
                super.doSend(mimeMessages, originalMessages);
            }
        }, smtpPort());
        TransactionTemplate stepTransaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));

        // when the tasklet runs inside a step transaction that is then rolled back
        stepTransaction.executeWithoutResult(tx -> {
            execute(tasklet(List.of("cto@example.com"), watching));
            tx.setRollbackOnly();
        });

        // then
        assertThat(seenDuringExchange).containsExactly("attempted");
        assertThat(rowSeenFromAnotherConnection()).isEqualTo("sent");
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aMissingPdfFailsWithItsPathAndSendsNothing() throws Exception {
        // given
        Files.delete(pdfFile);

        // when / then
        assertThatThrownBy(() -> execute(tasklet(List.of("cto@example.com"), sender(smtpPort()))))
                .isInstanceOf(MailDeliveryException.class).hasMessageContaining(pdfFile.toString());
        assertThat(deliveries.find(RUN_DATE)).isEmpty();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void recipientsWithoutAnSmtpHostFailWithWhatToSet() {
        assertThatThrownBy(() -> execute(tasklet(List.of("cto@example.com"), null)))
                .isInstanceOf(MailDeliveryException.class).hasMessageContaining("spring.mail.host");
        assertThat(deliveries.find(RUN_DATE)).isEmpty();
    }

    // --- fixtures

    private MailDigestTasklet tasklet(List<String> to, JavaMailSenderImpl sender) {
        return tasklet(to, sender, RUN_DATE);
    }

    private MailDigestTasklet tasklet(List<String> to, JavaMailSenderImpl sender, LocalDate runDate) {
        return new MailDigestTasklet(properties(to), composer(to), sender, deliveries, pdfFile, runDate,
                () -> {
                    contentRequests.incrementAndGet();
                    return new DigestMailContent(runDate,
                            List.of("5G base stations: 4,250,000 (China, 2025-03)"), 42, 7, 3);
                });
    }

    private static DigestMailProperties properties(List<String> to) {
        return new DigestMailProperties(to, FROM, null);
    }

    private static DigestMessageComposer composer(List<String> to) {
        return new DigestMessageComposer(properties(to));
    }

    private static RepeatStatus execute(MailDigestTasklet tasklet) {
        StepContribution contribution = MetaDataInstanceFactory.createStepExecution().createStepContribution();
        return tasklet.execute(contribution, null);
    }

    private static int smtpPort() {
        return smtp.getSmtp().getPort();
    }

    private static JavaMailSenderImpl sender(int port) {
        return configured(new JavaMailSenderImpl(), port);
    }

    private static JavaMailSenderImpl configured(JavaMailSenderImpl sender, int port) {
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
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private String rowSeenFromAnotherConnection() {
        // DataSource.getConnection() bypasses Spring's transaction binding: only committed rows are visible.
        try (Connection connection = dataSource.getConnection();
             var statement = connection.prepareStatement("SELECT sent_at FROM mail_delivery WHERE run_date = ?")) {
            statement.setObject(1, RUN_DATE);
            try (ResultSet rs = statement.executeQuery()) {
                return !rs.next() ? "none" : rs.getObject(1) == null ? "attempted" : "sent";
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> distinctMessageIds(MimeMessage[] messages) {
        return Arrays.stream(messages).map(m -> {
            try {
                return m.getMessageID();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).distinct().toList();
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
