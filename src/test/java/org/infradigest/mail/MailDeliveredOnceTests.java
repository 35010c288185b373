package org.infradigest.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.infradigest.mail.MailStepFixture.RUN_DATE;
import static org.infradigest.mail.MailStepFixture.closedPort;
import static org.infradigest.mail.MailStepFixture.configured;
import static org.infradigest.mail.MailStepFixture.execute;
import static org.infradigest.mail.MailStepFixture.sender;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One mail per run date, whatever happens: re-runs, a server that is down or refuses, a process that dies
 * mid-send, a step transaction that rolls back. Real SMTP (GreenMail on loopback) and a real H2 schema.
 */
@ExtendWith(OutputCaptureExtension.class)
class MailDeliveredOnceTests {

    private static final List<String> TO = List.of("cto@example.com");

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(
            new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(MailStepFixture.FROM,
                    MailStepFixture.USER, MailStepFixture.PASSWORD))
            .withPerMethodLifecycle(true);

    @TempDir
    Path output;

    private MailStepFixture given;

    @BeforeEach
    void publishedDigest() {
        given = new MailStepFixture(output);
    }

    @Test
    void aSecondExecutionForTheSameRunDateSendsNothingMore(CapturedOutput log) {
        // given
        execute(given.tasklet(TO, live()));

        // when
        RepeatStatus status = execute(given.tasklet(TO, live()));

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
        assertThatThrownBy(() -> execute(given.tasklet(TO, sender(nothingListening))))
                .isInstanceOf(MailDeliveryException.class)
                .hasMessageContaining("2025-05-20")
                .hasMessageContaining("127.0.0.1:" + nothingListening)
                .hasMessageContaining("Connection refused")
                .hasNoCause()
                .satisfies(e -> {
                    assertThat(e.getMessage()).doesNotContain("\n");
                    assertThat(e.getStackTrace()).isEmpty();
                });
        assertThat(given.deliveries.find(RUN_DATE)).isEmpty();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void aLaterExecutionWithTheServerUpSendsExactlyOneMail() throws Exception {
        // given
        JavaMailSenderImpl down = sender(closedPort());
        assertThatThrownBy(() -> execute(given.tasklet(TO, down))).isInstanceOf(MailDeliveryException.class);

        // when
        execute(given.tasklet(TO, live()));
        execute(given.tasklet(TO, live()));

        // then
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(given.deliveries.find(RUN_DATE)).hasValueSatisfying(d -> assertThat(d.sent()).isTrue());
    }

    @Test
    void aServerThatRefusesTheLoginFailsTheStepWithItsAnswerAndTheNextRunSendsIt() {
        // given
        JavaMailSenderImpl wrongLogin = live();
        wrongLogin.setPassword("not-the-password");

        // when / then
        assertThatThrownBy(() -> execute(given.tasklet(TO, wrongLogin)))
                .isInstanceOf(MailDeliveryException.class).hasMessageContaining("535");
        assertThat(given.deliveries.find(RUN_DATE)).isEmpty();
        execute(given.tasklet(TO, live()));
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aMailWhoseAcceptanceWasNeverRecordedIsNotSentAgain() {
        // given the process "dies" right after the server accepted the message
        JavaMailSenderImpl dyingAfterAcceptance = configured(new JavaMailSenderImpl() {
            @Override
            protected void doSend(MimeMessage[] mimeMessages, Object[] originalMessages) {
                super.doSend(mimeMessages, originalMessages);
                throw new IllegalStateException("killed before the delivery was recorded");
            }
        }, smtp.getSmtp().getPort());
        assertThatThrownBy(() -> execute(given.tasklet(TO, dyingAfterAcceptance))).hasMessageContaining("killed");

        // when / then
        assertThatThrownBy(() -> execute(given.tasklet(TO, live())))
                .isInstanceOf(MailDeliveryException.class)
                .hasMessageContaining("not sent again")
                .hasMessageContaining("DELETE FROM mail_delivery WHERE run_date = DATE '2025-05-20'");
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void theAttemptIsCommittedBeforeTheExchangeAndSurvivesARollbackOfTheStepTransaction() {
        // given a sender that looks at the table from another connection while it talks to the server
        List<String> seenDuringExchange = new ArrayList<>();
        JavaMailSenderImpl watching = configured(new JavaMailSenderImpl() {
            @Override
            protected void doSend(MimeMessage[] mimeMessages, Object[] originalMessages) {
                seenDuringExchange.add(given.rowSeenFromAnotherConnection());
                super.doSend(mimeMessages, originalMessages);
            }
        }, smtp.getSmtp().getPort());
        TransactionTemplate stepTransaction =
                new TransactionTemplate(new DataSourceTransactionManager(given.dataSource));

        // when the tasklet runs inside a step transaction that is then rolled back
        stepTransaction.executeWithoutResult(tx -> {
            execute(given.tasklet(TO, watching));
            tx.setRollbackOnly();
        });

        // then
        assertThat(seenDuringExchange).containsExactly("attempted");
        assertThat(given.rowSeenFromAnotherConnection()).isEqualTo("sent");
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    private static JavaMailSenderImpl live() {
        return sender(smtp.getSmtp().getPort());
    }
}
