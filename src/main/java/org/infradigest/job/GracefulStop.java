package org.infradigest.job;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Stops a running {@code nightlyDigest} cleanly when the application shuts down (SIGTERM closes the context
 * from the JVM's shutdown hook): asks the job to stop, so its chunk step ends at a chunk boundary, and waits
 * up to {@code infradigest.stop-timeout} for the execution to reach STOPPED before the database goes away.
 * The process then exits with {@link ExitCodes#STOPPED}, and the next launch for that date restarts it.
 */
@Component
class GracefulStop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(GracefulStop.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private final JobRepository jobRepository;
    private final Job nightlyDigest;
    private final RunDateLauncher launcher;
    private final Duration timeout;
    private final boolean scheduledMode;
    private final Runnable exitWithOwnCode = this::exitWithOwnCode;
    private volatile boolean running;
    private volatile Integer exitCodeAfterShutdown;

    GracefulStop(JobRepository jobRepository, Job nightlyDigest, RunDateLauncher launcher,
                 @Value("${infradigest.stop-timeout:60s}") Duration timeout,
                 @Value("${infradigest.schedule.cron:}") String scheduleCron) {
        this.jobRepository = jobRepository;
        this.nightlyDigest = nightlyDigest;
        this.launcher = launcher;
        this.timeout = timeout;
        this.scheduledMode = !scheduleCron.isBlank();
    }

    @Override
    public void start() {
        running = true;
        // Registered now: Spring Boot refuses new shutdown handlers once the JVM is shutting down.
        SpringApplication.getShutdownHandlers().add(exitWithOwnCode);
    }

    @Override
    public void stop() {
        running = false;
        boolean jvmShutdown = JvmShutdown.inProgress();
        if (!jvmShutdown) {
            SpringApplication.getShutdownHandlers().remove(exitWithOwnCode); // a context closed in code
        }
        boolean allStopped = true;
        boolean anyStopped = false;
        for (JobExecution execution : jobRepository.findRunningJobExecutions(nightlyDigest.getName())) {
            allStopped &= stopAndWait(execution);
            anyStopped = true;
        }
        if (jvmShutdown && anyStopped && allStopped) {
            exitCodeAfterShutdown = ExitCodes.STOPPED;
        } else if (jvmShutdown && !anyStopped && scheduledMode) {
            exitCodeAfterShutdown = ExitCodes.OK; // a service told to stop while idle has done nothing wrong
        }
    }

    /**
     * After a SIGTERM the JVM would exit with 143; Spring Boot runs its shutdown handlers once every context is
     * closed (database included), the right moment to end with our own code instead.
     */
    private void exitWithOwnCode() {
        Integer exitCode = exitCodeAfterShutdown;
        if (exitCode != null) {
            Runtime.getRuntime().halt(exitCode);
        }
    }

    private boolean stopAndWait(JobExecution execution) {
        log.info("Shutting down: asking the run for {} (execution {}) to stop at the next chunk boundary",
                runDate(execution), execution.getId());
        long deadline = System.nanoTime() + timeout.toNanos();
        if (!askToStop(execution, deadline)) {
            return true;
        }
        while (System.nanoTime() < deadline) {
            JobExecution now = jobRepository.getJobExecution(execution.getId());
            // Also wait for the launch to return: the job writes its end to the database after turning STOPPED.
            if (now != null && !now.getStatus().isRunning() && !launcher.isBusy()) {
                log.info("The run for {} stopped at a chunk boundary ({}); the next launch for that date carries "
                        + "on from there.", runDate(execution), progress(now));
                return true;
            }
            sleep();
        }
        log.error("The run for {} did not stop within {} s; the next launch recovers it as interrupted.",
                runDate(execution), timeout.toSeconds());
        return false;
    }

    /**
     * Marks the job execution STOPPING; false when it had already ended. Only the job's row is written: each
     * step reads it when it commits a chunk and stops at that boundary. {@code JobOperator.stop} would also
     * rewrite the running step's row and race the step's own commit (an optimistic-locking failure that fails
     * the step instead of stopping it).
     */
    private boolean askToStop(JobExecution execution, long deadline) {
        while (true) {
            JobExecution current = jobRepository.getJobExecution(execution.getId());
            if (current == null || !current.getStatus().isRunning()) {
                return false;
            }
            if (current.getStatus() == BatchStatus.STOPPING) {
                return true;
            }
            try {
                current.setStatus(BatchStatus.STOPPING);
                jobRepository.update(current);
                return true;
            } catch (OptimisticLockingFailureException e) {
                // the job wrote its row meanwhile (a step began or ended): read it again and retry
                if (System.nanoTime() > deadline) {
                    return true;
                }
            }
        }
    }

    private static String progress(JobExecution execution) {
        List<String> steps = execution.getStepExecutions().stream()
                .map(step -> step.getStepName() + " " + step.getStatus() + " after " + step.getWriteCount()
                        + " written")
                .toList();
        return String.join(", ", steps);
    }

    private static Object runDate(JobExecution execution) {
        var parameter = execution.getJobParameters().getParameter(NightlyDigestParameters.RUN_DATE);
        return parameter == null ? "?" : parameter.value();
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stopped first on shutdown: the job still needs the database, the scheduler and everything else. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
