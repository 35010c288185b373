package org.infradigest.job;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.stream.Collectors;

import org.infradigest.system.InfraDigestProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Launches {@code nightlyDigest} once for the run date at start-up and turns the outcome into the process
 * exit code. A date that already completed is not run again unless {@code --infradigest.rebuild=true};
 * a run left unfinished by a crash is marked failed and restarted where it stopped.
 */
@Component
@ConditionalOnProperty(name = "infradigest.launch", havingValue = "true", matchIfMissing = true)
class NightlyDigestRunner implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(NightlyDigestRunner.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job nightlyDigest;
    private final InfraDigestProperties properties;
    private final JdbcTemplate jdbc;
    private int exitCode = ExitCodes.OK;

    NightlyDigestRunner(JobOperator jobOperator, JobRepository jobRepository, Job nightlyDigest,
                        InfraDigestProperties properties, JdbcTemplate jdbc) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.nightlyDigest = nightlyDigest;
        this.properties = properties;
        this.jdbc = jdbc;
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
        JobParameters parameters = NightlyDigestParameters.of(runDate, properties);
        JobInstance instance = jobRepository.getJobInstance(nightlyDigest.getName(), parameters);
        if (instance != null) {
            JobExecution last = jobRepository.getLastJobExecution(instance);
            if (last != null && last.getStatus() == BatchStatus.COMPLETED && !properties.rebuild()) {
                log.info("The digest for {} was already completed on {}; nothing to do. "
                        + "Use --infradigest.rebuild=true to build it again.", runDate, last.getEndTime());
                return;
            }
            if (last != null && last.getStatus().isRunning()) {
                // We hold the run lock, so nobody else is running it: this execution died with its process.
                log.warn("The run for {} was interrupted (execution {}); recovering it and carrying on "
                        + "where it stopped.", runDate, last.getId());
                jobOperator.recover(last);
            }
        }
        if (properties.rebuild()) {
            new RebuildPreparation(jdbc).forgetWhatWasRead();
            parameters = new JobParametersBuilder(parameters)
                    .addString("rebuild", java.time.Instant.now().toString())
                    .toJobParameters();
        }
        log.info("Running nightlyDigest for {} (input {}, output {})", runDate,
                properties.input().stream().map(Object::toString).collect(Collectors.joining(",")),
                properties.output());
        try {
            JobExecution execution = jobOperator.start(nightlyDigest, parameters);
            exitCode = execution.getStatus() == BatchStatus.COMPLETED ? ExitCodes.OK : ExitCodes.FAILED;
            if (exitCode != ExitCodes.OK) {
                log.error("The run for {} ended {}: {}. Run the same command again to restart it where it stopped.",
                        runDate, execution.getStatus(), execution.getExitStatus().getExitDescription().lines()
                                .findFirst().orElse("no detail"));
            }
        } catch (JobExecutionAlreadyRunningException e) {
            log.error("A run for {} is already in progress.", runDate);
            exitCode = ExitCodes.ALREADY_RUNNING;
        }
    }

    static LocalDate runDate(InfraDigestProperties properties) {
        if (properties.runDate() != null && !properties.runDate().isBlank()) {
            return LocalDate.parse(properties.runDate().trim());
        }
        ZoneId zone = properties.zone().isBlank() ? ZoneId.systemDefault() : ZoneId.of(properties.zone());
        return LocalDate.now(zone);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
