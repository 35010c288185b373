package org.infradigest.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;

class StallWatchdogListenerTests {

    @TempDir
    Path data;

    private final JobExecution execution = new JobExecution(1L, new JobInstance(1L, "nightlyDigest"),
            new JobParameters());

    @Test
    void watchesARunFromItsStartToItsEnd() {
        StallWatchdogListener listener = new StallWatchdogListener(Duration.ofHours(1), data);

        listener.beforeJob(execution);
        assertThat(watchdogThreads()).isEqualTo(1);
        listener.afterJob(execution);
        assertThat(watchdogThreads()).isZero();
    }

    @Test
    void aTimeoutOfZeroTurnsItOff() {
        StallWatchdogListener listener = new StallWatchdogListener(Duration.ZERO, data);

        listener.beforeJob(execution);
        assertThat(watchdogThreads()).isZero();
        listener.afterJob(execution);
    }

    private static long watchdogThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals("infradigest-stall-watchdog")).count();
    }
}
