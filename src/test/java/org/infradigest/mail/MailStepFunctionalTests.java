package org.infradigest.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.annotation.EnableBatchProcessing;
import org.springframework.batch.core.configuration.annotation.EnableJdbcJobRepository;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The mail step inside a real Spring Batch job with the JDBC job repository, as the nightly job runs it:
 * SMTP down fails the run (one line, no stack trace), and restarting the same run date sends the mail once.
 */
@SpringJUnitConfig(MailStepFunctionalTests.BatchInfrastructure.class)
@ExtendWith(OutputCaptureExtension.class)
class MailStepFunctionalTests {

    private static final LocalDate RUN_DATE = LocalDate.of(2025, 5, 20);

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(
            new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    @Autowired
    JobRepository jobRepository;
    @Autowired
    JobOperator jobOperator;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path output;

    @Test
    void aRunWhoseServerIsDownFailsInOneLineAndItsRestartSendsTheDigestOnce(CapturedOutput log) throws Exception {
        // given the publish step wrote the digest, and the SMTP server is down
        Path pdf = Files.createDirectories(output.resolve(RUN_DATE.toString())).resolve("digest.pdf");
        Files.writeString(pdf, "%PDF-1.7 digest");
        JobParameters parameters = new JobParametersBuilder()
                .addLocalDate("runDate", RUN_DATE).toJobParameters();

        // when
        JobExecution failed = jobOperator.start(jobSendingVia(closedPort(), pdf), parameters);

        // then
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(failed.getExitStatus().getExitDescription().lines().findFirst()).get().asString()
                .contains("could not send the digest for 2025-05-20 via SMTP 127.0.0.1:", "Connection refused");
        assertThat(log.getAll().lines().filter(line -> line.startsWith("\tat "))).isEmpty();
        assertThat(smtp.getReceivedMessages()).isEmpty();

        // when the same run date is run again with the server back
        JobExecution restarted = jobOperator.start(jobSendingVia(smtp.getSmtp().getPort(), pdf), parameters);

        // then
        assertThat(restarted.getJobInstanceId()).isEqualTo(failed.getJobInstanceId());
        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_delivery WHERE sent_at IS NOT NULL",
                Integer.class)).isEqualTo(1);
    }

    private Job jobSendingVia(int port, Path pdf) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        DigestMailProperties properties = new DigestMailProperties(List.of("cto@example.com"),
                "digest@infradigest.test", null);
        MailDigestTasklet tasklet = new MailDigestTasklet(properties, new DigestMessageComposer(properties), sender,
                new MailDeliveryLog(jdbc), pdf, RUN_DATE,
                () -> new DigestMailContent(RUN_DATE, List.of("towers: 2,100,000"), 1, 1, 0));
        return new JobBuilder("nightlyDigest", jobRepository)
                .start(new StepBuilder("mail", jobRepository).tasklet(tasklet, transactionManager).build())
                .build();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** The job repository in the same migrated H2 database as the mail_delivery table, like production. */
    @Configuration(proxyBeanMethods = false)
    @EnableBatchProcessing
    @EnableJdbcJobRepository
    static class BatchInfrastructure {

        @Bean
        DataSource dataSource() {
            return MailDatabase.migrated();
        }

        @Bean
        JdbcTransactionManager transactionManager(DataSource dataSource) {
            return new JdbcTransactionManager(dataSource);
        }

        @Bean
        JdbcTemplate jdbcTemplate(DataSource dataSource) {
            return new JdbcTemplate(dataSource);
        }
    }
}
