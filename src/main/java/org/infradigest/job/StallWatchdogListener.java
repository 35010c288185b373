package org.infradigest.job;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Watches each run of the job for a stall ({@link StallWatchdog}) from its start to its end; a stall ends the
 * process ({@link StallExit}). Off when {@code infradigest.stall-timeout} is 0.
 */
final class StallWatchdogListener implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(StallWatchdogListener.class);

    private final Duration timeout;
    private final Path dumpFolder;
    private StallWatchdog watchdog;

    StallWatchdogListener(Duration timeout, Path dumpFolder) {
        this.timeout = timeout;
        this.dumpFolder = dumpFolder;
    }

    @Override
    public synchronized void beforeJob(JobExecution jobExecution) {
        if (timeout.isZero() || timeout.isNegative()) {
            return;
        }
        Optional<WorkingThreadsCpu> cpu = WorkingThreadsCpu.ofThisJvm();
        if (cpu.isEmpty()) {
            log.warn("This JVM cannot measure threads' CPU time, so a stalled run is not noticed "
                    + "(infradigest.stall-timeout has no effect).");
            return;
        }
        watchdog = new StallWatchdog(timeout, cpu.get()::nanos, System::nanoTime,
                new StallExit(dumpFolder, Runtime.getRuntime()::halt));
        watchdog.start();
    }

    @Override
    public synchronized void afterJob(JobExecution jobExecution) {
        if (watchdog != null) {
            watchdog.close();
            watchdog = null;
        }
    }
}
