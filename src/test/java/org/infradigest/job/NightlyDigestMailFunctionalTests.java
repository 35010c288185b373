package org.infradigest.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.infradigest.system.InfraDigestProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole nightly job on the seed, with a real SMTP server: the managers get the published PDF, once. */
@SpringBootTest(properties = {"infradigest.launch=false", "infradigest.mail.to=cto@example.com",
        "infradigest.mail.from=digest@infradigest.test", "spring.mail.host=127.0.0.1"})
@SpringBatchTest
class NightlyDigestMailFunctionalTests {

    private static final Path WORK = Path.of("target", "functional", UUID.randomUUID().toString()).toAbsolutePath();

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(
            new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
            .withPerMethodLifecycle(false); // started before the Spring context reads its port

    @DynamicPropertySource
    static void foldersAndServer(DynamicPropertyRegistry registry) {
        registry.add("infradigest.data", () -> WORK.resolve("data").toString());
        registry.add("infradigest.output", () -> WORK.resolve("output").toString());
        registry.add("infradigest.input", () -> "seeds");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @Autowired
    JobOperatorTestUtils jobOperatorTestUtils;

    @Autowired
    InfraDigestProperties properties;

    @Test
    void theManagersGetThePublishedPdfOnceEvenWhenTheDateIsRebuilt() throws Exception {
        LocalDate runDate = LocalDate.of(2025, 5, 20);

        JobExecution first = jobOperatorTestUtils.startJob(NightlyDigestParameters.of(runDate, properties));
        byte[] published = Files.readAllBytes(WORK.resolve("output/2025-05-20/digest.pdf"));
        JobExecution rebuilt = jobOperatorTestUtils.startJob(new JobParametersBuilder(
                NightlyDigestParameters.of(runDate, properties)).addString("rebuild", "1").toJobParameters());

        assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(rebuilt.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).contains("2025-05-20");
        BodyPart attachment = ((Multipart) received[0].getContent()).getBodyPart(1);
        assertThat(attachment.getFileName()).isEqualTo("digest-2025-05-20.pdf");
        assertThat(attachment.getInputStream().readAllBytes()).isEqualTo(published);
    }
}
