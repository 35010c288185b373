package org.infradigest.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.infradigest.job.WorkingThreadsCpu.ThreadCpu;
import org.junit.jupiter.api.Test;

class WorkingThreadsCpuTests {

    private static volatile long sink;

    private List<ThreadCpu> threads = new ArrayList<>();
    private final WorkingThreadsCpu cpu = new WorkingThreadsCpu(() -> threads);

    @Test
    void countsWhatWorkingThreadsUsedSinceTheFirstLook() {
        threads = List.of(new ThreadCpu(1, "main", 5_000), new ThreadCpu(2, "ingestStats-1", 7_000));
        assertThat(cpu.nanos()).as("the first look is the baseline").isZero();

        threads = List.of(new ThreadCpu(1, "main", 6_000), new ThreadCpu(2, "ingestStats-1", 9_000),
                new ThreadCpu(3, "ForkJoinPool-1-worker-1", 400));
        assertThat(cpu.nanos()).isEqualTo(1_000 + 2_000 + 400);
    }

    @Test
    void aThreadThatEndsDoesNotTakeItsTimeBack() {
        threads = List.of(new ThreadCpu(1, "main", 5_000), new ThreadCpu(2, "ingestStats-1", 7_000));
        cpu.nanos();
        threads = List.of(new ThreadCpu(1, "main", 5_500), new ThreadCpu(2, "ingestStats-1", 8_000));
        assertThat(cpu.nanos()).isEqualTo(1_500);

        threads = List.of(new ThreadCpu(1, "main", 5_600), new ThreadCpu(2, "ingestStats-1", -1));
        assertThat(cpu.nanos()).isEqualTo(1_600);
    }

    @Test
    void theDatabasesStorageThreadsDoNotCount() {
        threads = List.of(new ThreadCpu(1, "main", 1_000), new ThreadCpu(7, "H2-serialization", 1_000),
                new ThreadCpu(8, "MVStore background writer /data/infradigest.mv.db", 1_000));
        cpu.nanos();
        threads = List.of(new ThreadCpu(1, "main", 1_000), new ThreadCpu(7, "H2-serialization", 900_000_000),
                new ThreadCpu(8, "MVStore background writer /data/infradigest.mv.db", 5_000),
                new ThreadCpu(9, "H2-save", 3_000));

        assertThat(cpu.nanos()).isZero();
    }

    @Test
    void inThisJvmABusyThreadCountsAndABusyStorageThreadDoesNot() throws Exception {
        WorkingThreadsCpu jvm = WorkingThreadsCpu.ofThisJvm().orElseThrow();
        AtomicBoolean spin = new AtomicBoolean(true);
        Thread storage = Thread.ofPlatform().name("H2-serialization").start(() -> busy(spin));
        try {
            jvm.nanos();
            Thread.sleep(300);
            long idle = jvm.nanos();
            CountDownLatch worked = new CountDownLatch(1);
            CountDownLatch measured = new CountDownLatch(1);
            Thread worker = Thread.ofPlatform().name("worker").start(() -> {
                busyFor(300_000_000L);
                worked.countDown();
                await(measured); // a thread that has ended can no longer be measured
            });
            worked.await();
            long afterWork = jvm.nanos();
            measured.countDown();
            worker.join();

            assertThat(idle).as("only the storage thread was busy").isLessThan(150_000_000L);
            assertThat(afterWork - idle).as("the worker's 0.3 s").isGreaterThanOrEqualTo(250_000_000L);
        } finally {
            spin.set(false);
            storage.join();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void busy(AtomicBoolean spin) {
        long x = 0;
        while (spin.get()) {
            x += System.nanoTime() % 7;
        }
        sink = x; // keeps the loop from being optimised away
    }

    private static void busyFor(long cpuNanos) {
        var bean = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = bean.getCurrentThreadCpuTime();
        long x = 0;
        while (bean.getCurrentThreadCpuTime() - start < cpuNanos) {
            x += System.nanoTime() % 7;
        }
        sink = x; // keeps the loop from being optimised away
    }
}
