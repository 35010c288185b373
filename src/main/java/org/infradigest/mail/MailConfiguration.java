package org.infradigest.mail;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The mail feature's shared beans. The SMTP sender itself is Spring Boot's, present when
 * {@code spring.mail.host} is set; the step and its tasklet are wired in the job configuration.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DigestMailProperties.class)
class MailConfiguration {

    @Bean
    MailDeliveryLog mailDeliveryLog(JdbcTemplate jdbc) {
        return new MailDeliveryLog(jdbc);
    }

    @Bean
    DigestMessageComposer digestMessageComposer(DigestMailProperties properties) {
        return new DigestMessageComposer(properties);
    }
}
