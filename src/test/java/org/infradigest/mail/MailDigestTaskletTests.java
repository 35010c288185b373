package org.infradigest.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.infradigest.mail.MailStepFixture.FROM;
import static org.infradigest.mail.MailStepFixture.PASSWORD;
import static org.infradigest.mail.MailStepFixture.RUN_DATE;
import static org.infradigest.mail.MailStepFixture.USER;
import static org.infradigest.mail.MailStepFixture.distinctMessageIds;
import static org.infradigest.mail.MailStepFixture.execute;
import static org.infradigest.mail.MailStepFixture.sender;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

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
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** What the mail step sends, or why it does not, against a real SMTP server (GreenMail on loopback). */
@ExtendWith(OutputCaptureExtension.class)
class MailDigestTaskletTests {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(
            new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(FROM, USER, PASSWORD))
            .withPerMethodLifecycle(true);

    @TempDir
    Path output;

    private MailStepFixture given;

    @BeforeEach
    void publishedDigest() {
        given = new MailStepFixture(output);
    }

    @Test
    void theRecipientsReceiveThePublishedPdfUnderASubjectNamingTheRunDate() throws Exception {
        // when
        RepeatStatus status = execute(given.tasklet(List.of("cto@example.com", "cfo@example.com"), live()));

        // then
        assertThat(status).isEqualTo(RepeatStatus.FINISHED);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2); // one copy per recipient mailbox ...
        assertThat(distinctMessageIds(received)).hasSize(1); // ... of one message
        MimeMessage message = received[0];
        assertThat(message.getSubject()).contains("2025-05-20");
        assertThat(message.getFrom()).containsExactly(new InternetAddress(FROM));
        assertThat(message.getRecipients(Message.RecipientType.TO)).containsExactly(
                new InternetAddress("cto@example.com"), new InternetAddress("cfo@example.com"));
        ReceivedMail mail = ReceivedMail.of(message);
        assertThat(mail.multipartTypes()).contains("multipart/alternative");
        assertThat(mail.part("application/pdf").fileName()).isEqualTo("digest-2025-05-20.pdf");
        assertThat(mail.part("application/pdf").bytes()).isEqualTo(given.pdf);
        assertThat(mail.part("text/plain").text()).contains(MailStepFixture.HEADLINE);
        assertThat(mail.part("text/html").text()).contains(MailStepFixture.HEADLINE);
        String messageId = message.getMessageID();
        assertThat(given.deliveries.find(RUN_DATE)).hasValueSatisfying(delivery -> {
            assertThat(delivery.sent()).isTrue();
            assertThat(delivery.messageId()).isEqualTo(messageId);
            assertThat(delivery.recipients()).isEqualTo("cto@example.com, cfo@example.com");
        });
    }

    @Test
    void aScriptInjectedThroughArticleTextArrivesEscapedInTheHtmlPart() throws Exception {
        // given
        DigestMailProperties properties = new DigestMailProperties(List.of("cto@example.com"), FROM, null);
        MailDigestTasklet tasklet = new MailDigestTasklet(properties, new DigestMessageComposer(properties), live(),
                given.deliveries, given.pdfFile, RUN_DATE, () -> new DigestMailContent(RUN_DATE,
                List.of("Operator says <script>alert(\"owned\")</script> & more"), 1, 1, 0));

        // when
        execute(tasklet);

        // then
        String html = ReceivedMail.of(smtp.getReceivedMessages()[0]).part("text/html").text();
        assertThat(html).doesNotContain("<script>")
                .contains("&lt;script&gt;alert(&quot;owned&quot;)&lt;/script&gt; &amp; more");
    }

    @Test
    void withoutRecipientsTheStepIsSkippedInOneLogLineAndNothingIsSent(CapturedOutput log) {
        // when
        RepeatStatus status = execute(given.tasklet(List.of(), live()));

        // then
        assertThat(status).isEqualTo(RepeatStatus.FINISHED);
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(given.deliveries.find(RUN_DATE)).isEmpty();
        assertThat(given.contentRequests).hasValue(0);
        assertThat(log.getAll().lines().filter(line -> line.contains("mail: "))).singleElement()
                .asString().contains("no recipients");
    }

    @Test
    void thePasswordNeverAppearsInTheLogWhenSendingOrWhenTheServerRefusesTheLogin(CapturedOutput log) {
        // given
        execute(given.tasklet(List.of("cto@example.com"), live()));
        JavaMailSenderImpl wrongLogin = live();
        wrongLogin.setPassword(PASSWORD + "-wrong");

        // when
        Throwable refused = catchThrowable(
                () -> execute(given.tasklet(List.of("cto@example.com"), wrongLogin, RUN_DATE.plusDays(1))));

        // then
        assertThat(refused).isInstanceOf(MailDeliveryException.class).hasMessageContaining("127.0.0.1:");
        assertThat(refused.getMessage()).doesNotContain(PASSWORD);
        assertThat(log.getAll()).contains("via SMTP 127.0.0.1:" + smtp.getSmtp().getPort())
                .doesNotContain(PASSWORD, base64(PASSWORD), base64("\0" + USER + "\0" + PASSWORD));
    }

    @Test
    void aMissingPdfFailsWithItsPathAndSendsNothing() throws Exception {
        // given
        Files.delete(given.pdfFile);

        // when / then
        assertThatThrownBy(() -> execute(given.tasklet(List.of("cto@example.com"), live())))
                .isInstanceOf(MailDeliveryException.class).hasMessageContaining(given.pdfFile.toString());
        assertThat(given.deliveries.find(RUN_DATE)).isEmpty();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void recipientsWithoutAnSmtpHostFailWithWhatToSet() {
        assertThatThrownBy(() -> execute(given.tasklet(List.of("cto@example.com"), null)))
                .isInstanceOf(MailDeliveryException.class).hasMessageContaining("spring.mail.host");
        assertThat(given.deliveries.find(RUN_DATE)).isEmpty();
    }

    @Test
    void anInvalidRecipientFailsNamingTheAddressAndSendsNothing() {
        assertThatThrownBy(() -> execute(given.tasklet(List.of("cto at example"), live())))
                .isInstanceOf(MailDeliveryException.class).hasMessageContaining("'cto at example'");
        assertThat(given.deliveries.find(RUN_DATE)).isEmpty();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    private static JavaMailSenderImpl live() {
        return sender(smtp.getSmtp().getPort());
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
