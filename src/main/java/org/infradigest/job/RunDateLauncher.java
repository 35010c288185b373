package org.infradigest.job;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Launches {@code nightlyDigest} for one run date and answers with the process exit code, for the one-shot
 * runner and the scheduler alike. A date that already completed is not run again unless
 * {@code --infradigest.rebuild=true}; a run left unfinished by a crash is recovered and restarted where it
 * stopped; a run stopped on request restarts where it stopped.
 */
@Component
class RunDateLauncher {

    private static final Logger log = LoggerFactory.getLogger(RunDateLauncher.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job nightlyDigest;
    private final InfraDigestProperties properties;
    private final JdbcTemplate jdbc;
    private final AtomicBoolean busy = new AtomicBoolean();

    RunDateLauncher(JobOperator jobOperator, JobRepository jobRepository, Job nightlyDigest,
                    InfraDigestProperties properties, JdbcTemplate jdbc) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.nightlyDigest = nightlyDigest;
        this.properties = properties;
        this.jdbc = jdbc;
    }

    /** Whether a launch is under way in this process. */
    boolean isBusy() {
        return busy.get();
    }

    /** Runs the date unless a launch is already under way here; then it answers ALREADY_RUNNING at once. */
    int launch(LocalDate runDate) throws Exception {
        if (!busy.compareAndSet(false, true)) {
            log.warn("The run for {} was not started: the previous run is still going.", runDate);
            return ExitCodes.ALREADY_RUNNING;
        }
        try {
            return launchNow(runDate);
        } finally {
            busy.set(false);
        }
    }

    private int launchNow(LocalDate runDate) throws Exception {
        JobParameters parameters = NightlyDigestParameters.of(runDate, properties);
        JobInstance instance = jobRepository.getJobInstance(nightlyDigest.getName(), parameters);
        if (instance != null && jobRepository.getJobExecutions(instance).isEmpty()) {
            // A process killed within a second of starting: H2 had written the new instance to disk but not yet
            // its execution. Nothing of that run is left to carry on from; start the date afresh.
            log.warn("The run for {} was interrupted before its start was recorded; starting it afresh.", runDate);
            jobRepository.deleteJobInstance(instance);
            instance = null;
        }
        if (instance != null) {
            JobExecution last = jobRepository.getLastJobExecution(instance);
            if (last != null && last.getStatus() == BatchStatus.COMPLETED && !properties.rebuild()) {
                log.info("The digest for {} was already completed on {}; nothing to do. "
                        + "Use --infradigest.rebuild=true to build it again.", runDate, last.getEndTime());
                return ExitCodes.OK;
            }
            if (last != null && last.getStatus().isRunning()) {
                // We hold the run lock and are not running it ourselves: this execution died with its process.
                log.warn("The run for {} was interrupted (execution {}); recovering it and carrying on "
                        + "where it stopped.", runDate, last.getId());
                jobOperator.recover(last);
            }
        }
        if (properties.rebuild()) {
            new RebuildPreparation(jdbc).forgetWhatWasRead();
            parameters = new JobParametersBuilder(parameters)
                    .addString("rebuild", Instant.now().toString())
                    .toJobParameters();
        }
        log.info("Running nightlyDigest for {} (input {}, output {})", runDate,
                properties.input().stream().map(Object::toString).collect(Collectors.joining(",")),
                properties.output());
        try {
            JobExecution execution = jobOperator.start(nightlyDigest, parameters);
            return exitCode(runDate, execution);
        } catch (JobExecutionAlreadyRunningException e) {
            log.error("A run for {} is already in progress.", runDate);
            return ExitCodes.ALREADY_RUNNING;
        }
    }

    private static int exitCode(LocalDate runDate, JobExecution execution) {
        return switch (execution.getStatus()) {
            case COMPLETED -> ExitCodes.OK;
            case STOPPED -> {
                log.warn("The run for {} stopped on request; the next launch for that date carries on where it "
                        + "stopped.", runDate);
                yield ExitCodes.STOPPED;
            }
            default -> {
                log.error("The run for {} ended {}: {}. Run the same command again to restart it where it stopped.",
                        runDate, execution.getStatus(), execution.getExitStatus().getExitDescription().lines()
                                .findFirst().orElse("no detail"));
                yield ExitCodes.FAILED;
            }
        };
    }
}
