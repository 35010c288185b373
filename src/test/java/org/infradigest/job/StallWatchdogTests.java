package org.infradigest.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class StallWatchdogTests {

    private static final Duration WINDOW = Duration.ofMinutes(10);
    private static final long PAUSE = WINDOW.toNanos() / 20;
    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong clock = new AtomicLong();
    private final AtomicLong cpu = new AtomicLong();
    private final List<StallWatchdog.Stall> stalls = new ArrayList<>();
    private final StallWatchdog watchdog = new StallWatchdog(WINDOW, cpu::get, clock::get, stalls::add);

    @Test
    void threadsThatUseNoCpuForAWholeWindowAreReportedOnce() {
        watchdog.look();
        lookEveryPauseFor(WINDOW.toNanos() - PAUSE);
        assertThat(stalls).as("inside the window").isEmpty();

        clock.addAndGet(PAUSE);
        assertThat(watchdog.look()).isTrue();
        clock.addAndGet(PAUSE);
        assertThat(watchdog.look()).isTrue();

        assertThat(stalls).containsExactly(new StallWatchdog.Stall(WINDOW, Duration.ZERO));
    }

    @Test
    void aTrickleUnderOnePercentOfACoreIsStillAStall() {
        watchdog.look();
        for (int look = 1; look <= 20; look++) {
            clock.addAndGet(PAUSE);
            cpu.addAndGet(250_000_000L); // 0.25 s every 30 s: 0.8% of a core
            watchdog.look();
        }

        assertThat(stalls).containsExactly(new StallWatchdog.Stall(WINDOW, Duration.ofSeconds(5)));
    }

    @Test
    void workingThreadsStartTheWindowAgain() {
        watchdog.look();
        lookEveryPauseFor(9 * 60 * SECOND);
        cpu.addAndGet(6 * SECOND); // 1% of the window, seen at the next look: the window starts there
        lookEveryPauseFor(WINDOW.toNanos()); // the last look is one pause short of a quiet window

        assertThat(stalls).isEmpty();
        lookEveryPauseFor(PAUSE);
        assertThat(stalls).containsExactly(new StallWatchdog.Stall(WINDOW, Duration.ZERO));
    }

    @Test
    void aProcessThatWasItselfStoppedStartsTheWindowAgain() {
        watchdog.look();
        lookEveryPauseFor(5 * 60 * SECOND);
        clock.addAndGet(20 * 60 * SECOND); // SIGSTOP ... SIGCONT: no look, no CPU

        assertThat(watchdog.look()).isFalse();
        lookEveryPauseFor(9 * 60 * SECOND);
        assertThat(stalls).isEmpty();
        lookEveryPauseFor(60 * SECOND);
        assertThat(stalls).containsExactly(new StallWatchdog.Stall(WINDOW, Duration.ZERO));
    }

    @Test
    void onItsOwnThreadItReportsAQuietRunAndStopsWhenClosed() throws Exception {
        CountDownLatch reported = new CountDownLatch(1);
        try (StallWatchdog real = new StallWatchdog(Duration.ofMillis(200), cpu::get, System::nanoTime,
                stall -> reported.countDown())) {
            real.start();
            assertThat(reported.await(5, TimeUnit.SECONDS)).isTrue();
        }

        CountDownLatch never = new CountDownLatch(1);
        StallWatchdog closed = new StallWatchdog(Duration.ofMillis(200), cpu::get, System::nanoTime,
                stall -> never.countDown());
        closed.start();
        closed.close();
        assertThat(never.await(600, TimeUnit.MILLISECONDS)).as("no report after close").isFalse();
        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(thread -> thread.getName().equals("infradigest-stall-watchdog"));
    }

    @Test
    void aWindowMustBePositive() {
        assertThatThrownBy(() -> new StallWatchdog(Duration.ZERO, cpu::get, clock::get, stalls::add))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void lookEveryPauseFor(long nanos) {
        for (long waited = 0; waited < nanos; waited += PAUSE) {
            clock.addAndGet(PAUSE);
            watchdog.look();
        }
    }
}
