package org.infradigest.job;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.infradigest.system.InfraDigestProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * Launches {@code nightlyDigest} once for the run date at start-up and turns the outcome into the process
 * exit code. Not present in scheduled mode ({@code infradigest.schedule.cron} set): the schedule launches then.
 */
@Component
@ConditionalOnExpression("${infradigest.launch:true} and '${infradigest.schedule.cron:}'.isBlank()")
class NightlyDigestRunner implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(NightlyDigestRunner.class);

    private final RunDateLauncher launcher;
    private final InfraDigestProperties properties;
    private int exitCode = ExitCodes.OK;

    NightlyDigestRunner(RunDateLauncher launcher, InfraDigestProperties properties) {
        this.launcher = launcher;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        LocalDate runDate;
        try {
            runDate = runDate(properties);
        } catch (DateTimeParseException e) {
            log.error("--infradigest.run-date must be a date like 2025-05-20, not '{}'", properties.runDate());
            exitCode = ExitCodes.BAD_ARGUMENTS;
            return;
        }
        exitCode = launcher.launch(runDate);
    }

    static LocalDate runDate(InfraDigestProperties properties) {
        return properties.runDateAt(Instant.now(), properties.zoneId());
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
