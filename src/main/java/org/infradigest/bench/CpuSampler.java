package org.infradigest.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * The process's CPU time, sampled every 100 ms, so that a time window (a step) can say how many cores it kept
 * busy: CPU seconds over wall seconds, 2.0 when both cores of a 2-core machine worked throughout. The collectors'
 * accumulated time is sampled with it: how much of a step the garbage collector took; and the JIT's: how much of
 * the step's CPU went to compiling (the first steps pay for compiling the libraries, the floors run compiled).
 */
final class CpuSampler implements Runnable {

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final Thread thread = Thread.ofPlatform().daemon().name("bench-cpu-sampler").unstarted(this);
    private final long startMillis = System.currentTimeMillis();
    private final java.util.List<java.lang.management.GarbageCollectorMXBean> collectors =
            ManagementFactory.getGarbageCollectorMXBeans();
    private long[] cpuNanos = new long[1024]; // process CPU time at the end of each 100 ms since the start
    private long[] gcMillis = new long[1024]; // the collectors' accumulated time, likewise
    private final java.lang.management.CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    private long[] jitMillis = new long[1024]; // the compiler threads' accumulated time, likewise
    private int filled;
    private volatile boolean running = true;

    static CpuSampler start() {
        CpuSampler sampler = new CpuSampler();
        sampler.sample();
        sampler.thread.start();
        return sampler;
    }

    @Override
    public void run() {
        while (running) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
            sample();
        }
    }

    private synchronized void sample() {
        int bucket = (int) ((System.currentTimeMillis() - startMillis) / 100);
        if (bucket >= cpuNanos.length) {
            cpuNanos = Arrays.copyOf(cpuNanos, Math.max(bucket + 1, cpuNanos.length * 2));
            gcMillis = Arrays.copyOf(gcMillis, cpuNanos.length);
            jitMillis = Arrays.copyOf(jitMillis, cpuNanos.length);
        }
        long now = os.getProcessCpuTime();
        long gc = 0;
        for (var collector : collectors) {
            gc += Math.max(0, collector.getCollectionTime());
        }
        long compiling = jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
        for (int i = filled; i <= bucket; i++) {
            cpuNanos[i] = now;
            gcMillis[i] = gc;
            jitMillis[i] = compiling;
        }
        filled = bucket + 1;
    }

    /** Cores kept busy on average between two instants (epoch milliseconds). */
    synchronized double coresBetween(long fromMillis, long toMillis) {
        if (toMillis <= fromMillis || filled == 0) {
            return 0;
        }
        int from = (int) Math.clamp((fromMillis - startMillis) / 100, 0, filled - 1);
        int to = (int) Math.clamp((toMillis - startMillis) / 100, 0, filled - 1);
        double wall = (to - from) * 0.1;
        return wall <= 0 ? 0 : (cpuNanos[to] - cpuNanos[from]) / 1e9 / wall;
    }

    /**
     * Seconds the collectors spent between two instants (epoch milliseconds); for the parallel collector that is
     * time with every application thread stopped, for G1 its pauses plus concurrent cycles.
     */
    synchronized double gcSecondsBetween(long fromMillis, long toMillis) {
        if (toMillis <= fromMillis || filled == 0) {
            return 0;
        }
        int from = (int) Math.clamp((fromMillis - startMillis) / 100, 0, filled - 1);
        int to = (int) Math.clamp((toMillis - startMillis) / 100, 0, filled - 1);
        return (gcMillis[to] - gcMillis[from]) / 1e3;
    }

    /**
     * Seconds the JIT's compiler threads spent compiling between two instants (epoch milliseconds), all threads
     * added up: CPU time the application's threads did not get, on a machine with no idle core.
     */
    synchronized double jitSecondsBetween(long fromMillis, long toMillis) {
        if (toMillis <= fromMillis || filled == 0) {
            return 0;
        }
        int from = (int) Math.clamp((fromMillis - startMillis) / 100, 0, filled - 1);
        int to = (int) Math.clamp((toMillis - startMillis) / 100, 0, filled - 1);
        return (jitMillis[to] - jitMillis[from]) / 1e3;
    }

    void stop() throws InterruptedException {
        running = false;
        thread.join();
        sample();
    }
}
