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
    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong clock = new AtomicLong();
    private final AtomicLong cpu = new AtomicLong();
    private final List<StallWatchdog.Stall> stalls = new ArrayList<>();
    private final StallWatchdog watchdog = new StallWatchdog(WINDOW, cpu::get, clock::get, stalls::add);

    @Test
    void threadsThatUseNoCpuForAWholeWindowAreReportedOnce() {
        watchdog.look();
        clock.addAndGet(WINDOW.toNanos() - 1);
        assertThat(watchdog.look()).as("just inside the window").isFalse();
        clock.addAndGet(1);

        assertThat(watchdog.look()).isTrue();
        clock.addAndGet(WINDOW.toNanos());
        assertThat(watchdog.look()).isTrue();

        assertThat(stalls).containsExactly(new StallWatchdog.Stall(WINDOW, Duration.ZERO));
    }

    @Test
    void aTrickleUnderOnePercentOfACoreIsStillAStall() {
        watchdog.look();
        for (int minute = 1; minute <= 10; minute++) {
            clock.addAndGet(60 * SECOND);
            cpu.addAndGet(500_000_000L); // 0.5 s a minute: 0.8% of a core
            watchdog.look();
        }

        assertThat(stalls).containsExactly(new StallWatchdog.Stall(WINDOW, Duration.ofSeconds(5)));
    }

    @Test
    void workingThreadsStartTheWindowAgain() {
        watchdog.look();
        clock.addAndGet(9 * 60 * SECOND);
        cpu.addAndGet(6 * SECOND); // 1% of the window
        watchdog.look();
        clock.addAndGet(9 * 60 * SECOND);
        watchdog.look();

        assertThat(stalls).isEmpty();
        clock.addAndGet(60 * SECOND);
        watchdog.look();
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
}
