package org.infradigest.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The properties and beans as the application binds them, with Spring Boot's own mail sender. */
class MailConfigurationTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
            .withUserConfiguration(MailConfiguration.class)
            .withBean(JdbcTemplate.class, () -> new JdbcTemplate(MailDatabase.migrated()));

    @Test
    void recipientsGivenAsACommaSeparatedPropertyBindToAListAndTheSubjectDefaultsToTheRunDate() {
        context.withPropertyValues("infradigest.mail.to=cto@example.com, cfo@example.com",
                "infradigest.mail.from=digest@example.com").run(app -> {
                    DigestMailProperties properties = app.getBean(DigestMailProperties.class);
                    assertThat(properties.to()).containsExactly("cto@example.com", "cfo@example.com");
                    assertThat(properties.from()).isEqualTo("digest@example.com");
                    assertThat(properties.subjectFor(LocalDate.of(2025, 5, 20)))
                            .isEqualTo("InfraDigest digest for 2025-05-20");
                    assertThat(app).hasSingleBean(MailDeliveryLog.class).hasSingleBean(DigestMessageComposer.class);
                });
    }

    @Test
    void nothingConfiguredMeansNoRecipientsAndNoSender() {
        context.run(app -> {
            assertThat(app.getBean(DigestMailProperties.class).hasRecipients()).isFalse();
            assertThat(app).doesNotHaveBean(JavaMailSender.class);
        });
    }

    @Test
    void theSmtpServerAndItsPasswordComeFromSpringMailProperties() {
        context.withPropertyValues("spring.mail.host=smtp.example.com", "spring.mail.port=587",
                "spring.mail.username=digest", "spring.mail.password=from-the-environment").run(app -> {
                    JavaMailSenderImpl sender = app.getBean(JavaMailSenderImpl.class);
                    assertThat(sender.getPassword()).isEqualTo("from-the-environment");
                    assertThat(SmtpServer.describe(sender)).isEqualTo("smtp.example.com:587");
                });
    }
}
