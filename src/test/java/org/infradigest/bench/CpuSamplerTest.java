package org.infradigest.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CpuSamplerTest {

    @Test
    void tellsWhichThreadsUsedTheCpuInAWindow() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/task")), "Linux's /proc/self/task");
        // given
        CpuSampler sampler = CpuSampler.start();
        Thread.sleep(300);
        long before = System.currentTimeMillis();
        // The sampler reads its windows in buckets of 100 ms, each as first sampled: the spinner starts well after
        // the bucket of the window's edge, or a sample taken just after the edge may see its first ticks.
        Thread.sleep(300);

        // when: a thread of a pool ("busy-spinner-3") spins for 600 ms in the window, then ends
        double[] ownCpu = new double[1];
        Thread spinner = Thread.ofPlatform().name("busy-spinner-3").start(() -> {
            long end = System.nanoTime() + 600_000_000L;
            long x = 0;
            while (System.nanoTime() < end) {
                x += Long.numberOfTrailingZeros(x + System.nanoTime());
            }
            if (x == 42) {
                System.out.println(x);
            }
            ownCpu[0] = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9;
        });
        spinner.join();
        Thread.sleep(300);
        long after = System.currentTimeMillis();
        Thread.sleep(300);
        sampler.stop();

        // then: its CPU time counts for its pool's name in the window, and not before. The sampler reads each thread
        // every 100 ms, so what a thread used after the last look before it ended is not seen; and on a busy machine
        // the spinner gets less than its 600 ms, so its own count is the measure.
        assertThat(ownCpu[0]).as("the spinner's own CPU time").isBetween(0.05, 0.7);
        List<Map.Entry<String, Double>> used = sampler.cpuByThreadBetween(before, after);
        assertThat(used).filteredOn(e -> e.getKey().equals("busy-spinner")).singleElement()
                .satisfies(e -> assertThat(e.getValue()).isBetween(ownCpu[0] - 0.15, ownCpu[0] + 0.05));
        assertThat(used).as("largest first").isSortedAccordingTo(
                Map.Entry.<String, Double>comparingByValue().reversed());
        assertThat(sampler.cpuByThreadBetween(before - 300, before)).extracting(Map.Entry::getKey)
                .doesNotContain("busy-spinner");
    }

    @Test
    void groupsAPoolsThreadsByTheirNameWithoutNumber() {
        assertThat(CpuSampler.groupOf("ingestNews-2")).isEqualTo("ingestNews");
        assertThat(CpuSampler.groupOf("GC Thread#1")).isEqualTo("GC Thread");
        assertThat(CpuSampler.groupOf("ForkJoinPool-1-")).isEqualTo("ForkJoinPool");
        assertThat(CpuSampler.groupOf("C2 CompilerThre")).isEqualTo("C2 CompilerThre");
        assertThat(CpuSampler.groupOf("1234")).isEqualTo("1234");
    }

    @Test
    void countsWhatTheProcessWritesInAWindow(@TempDir Path folder) throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/io")), "Linux's /proc/self/io");
        // given
        CpuSampler sampler = CpuSampler.start();
        long start = System.currentTimeMillis();
        Thread.sleep(300);
        long before = System.currentTimeMillis();
        Thread.sleep(200);

        // when: 8 MB written in the window, nothing after it
        try (OutputStream out = Files.newOutputStream(folder.resolve("eight.bin"))) {
            byte[] megabyte = new byte[1 << 20];
            for (int i = 0; i < 8; i++) {
                out.write(megabyte);
            }
        }
        Thread.sleep(300);
        long after = System.currentTimeMillis();
        Thread.sleep(300);
        sampler.stop();

        // then: the window holds the 8 MB and what else the JVM wrote meanwhile (logs, at most a little); the
        // window before it none of them
        assertThat(sampler.writtenMbBetween(before, after)).isBetween(8.0, 9.0);
        assertThat(sampler.writtenMbBetween(start, before)).isLessThan(1.0);
    }
}
