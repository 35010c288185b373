package org.infradigest.mail;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who gets the digest, bound from {@code infradigest.mail.*}. The SMTP server and its credentials are Spring
 * Boot's own {@code spring.mail.host/port/username/password}; the password belongs in the environment
 * ({@code SPRING_MAIL_PASSWORD}), never in a file under version control.
 *
 * @param to      recipients; none means the mail step is skipped
 * @param from    sender address, required when there are recipients
 * @param subject subject line; {@code {runDate}} is replaced by the run date, which is appended when missing
 */
@ConfigurationProperties("infradigest.mail")
public record DigestMailProperties(
        @DefaultValue List<String> to,
        String from,
        @DefaultValue("InfraDigest digest for {runDate}") String subject) {

    static final String RUN_DATE = "{runDate}";

    public DigestMailProperties {
        // "a@x, b@y" from an environment variable arrives as one element on some paths: split and trim both ways.
        to = to == null ? List.of() : to.stream().filter(Objects::nonNull)
                .flatMap(t -> Arrays.stream(t.split(","))).map(String::strip)
                .filter(t -> !t.isEmpty()).toList();
        from = from == null || from.isBlank() ? null : from.strip();
        subject = subject == null || subject.isBlank() ? "InfraDigest digest for " + RUN_DATE : subject.strip();
    }

    /** True when at least one recipient is configured. */
    public boolean hasRecipients() {
        return !to.isEmpty();
    }

    /** The subject for a run date; it always names the date, so two nights' mails never look alike. */
    public String subjectFor(LocalDate runDate) {
        return subject.contains(RUN_DATE) ? subject.replace(RUN_DATE, runDate.toString())
                : subject + " " + runDate;
    }
}
