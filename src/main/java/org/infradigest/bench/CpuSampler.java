package org.infradigest.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Map;

/**
 * The process's CPU time, sampled every 100 ms, so that a time window (a step) can say how many cores it kept
 * busy: CPU seconds over wall seconds, 2.0 when both cores of a 2-core machine worked throughout. The collectors'
 * accumulated time is sampled with it: how much of a step the garbage collector took; and the CPU time of the
 * JIT's compiler threads: how much of the step's CPU went to compiling (the first steps pay for compiling the
 * libraries, the floors run compiled). The compiler threads are no Java threads the management beans can see,
 * and the compilation bean's total is their elapsed time, which on a busy machine includes waiting for a core;
 * so their CPU time is read from Linux's {@code /proc/self/task/<id>/stat}, where available. Every other thread's
 * is read there too, by name (as Linux keeps it: 15 characters, numbers dropped to group a pool's threads): where
 * a step's CPU went, which a sampling profiler does not tell on a busy machine, as it samples threads that wait
 * for a core as if they ran. And the bytes the process wrote ({@code wchar} of {@code /proc/self/io}: the
 * database file, sort runs and outputs): H2 rewrites pages it has written before, and on this kind of machine
 * each megabyte written costs milliseconds of kernel time, so a step that writes far more than it stores shows
 * here first.
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
    private long[] jitTicks = new long[1024]; // the compiler threads' CPU time in clock ticks, likewise
    private long[] wroteBytes = new long[1024]; // bytes the process wrote, likewise
    private final Map<String, Long> threadTicks = new java.util.HashMap<>(); // by thread, at the last look
    private final Map<String, String> groupOfName = new java.util.HashMap<>(); // thread name -> its group
    /** Each thread group's CPU time in clock ticks at the end of each 100 ms, its threads that ended included. */
    private final Map<String, long[]> groupTicks = new java.util.TreeMap<>();
    private final Map<String, Long> groupTotal = new java.util.HashMap<>(); // at the last look
    private long compilerTicks; // CPU time of all compiler threads seen, those that ended included
    private volatile boolean procReadable = java.nio.file.Files.isReadable(TASKS);
    private long wrote; // bytes the process wrote, at the last look
    private volatile boolean ioReadable = java.nio.file.Files.isReadable(IO);

    private static final java.nio.file.Path TASKS = java.nio.file.Path.of("/proc/self/task");
    private static final java.nio.file.Path IO = java.nio.file.Path.of("/proc/self/io");
    /** Linux's USER_HZ, the unit of the CPU times in {@code stat}: 100 on every mainstream architecture. */
    private static final double TICKS_PER_SECOND = 100;
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
            jitTicks = Arrays.copyOf(jitTicks, cpuNanos.length);
            wroteBytes = Arrays.copyOf(wroteBytes, cpuNanos.length);
            groupTicks.replaceAll((group, series) -> Arrays.copyOf(series, cpuNanos.length));
        }
        long now = os.getProcessCpuTime();
        long gc = 0;
        for (var collector : collectors) {
            gc += Math.max(0, collector.getCollectionTime());
        }
        if (bucket >= filled) { // once per 100 ms: listing the threads costs more than reading the beans
            sampleThreads();
            sampleWrites();
        }
        for (int i = filled; i <= bucket; i++) {
            cpuNanos[i] = now;
            gcMillis[i] = gc;
            jitTicks[i] = compilerTicks;
            wroteBytes[i] = wrote;
            for (var group : groupTotal.entrySet()) {
                groupTicks.computeIfAbsent(group.getKey(), g -> new long[cpuNanos.length])[i] = group.getValue();
            }
        }
        filled = bucket + 1;
    }

    /** Cores kept busy on average between two instants (epoch milliseconds). */
    synchronized double coresBetween(long fromMillis, long toMillis) {
        if (toMillis <= fromMillis || filled == 0) {
            return 0;
        }
        double wall = (bucketOf(toMillis) - bucketOf(fromMillis)) * 0.1;
        return wall <= 0 ? 0 : growth(cpuNanos, fromMillis, toMillis) / 1e9 / wall;
    }

    /**
     * Seconds the collectors spent between two instants (epoch milliseconds); for the parallel collector that is
     * time with every application thread stopped, for G1 its pauses plus concurrent cycles.
     */
    synchronized double gcSecondsBetween(long fromMillis, long toMillis) {
        return growth(gcMillis, fromMillis, toMillis) / 1e3;
    }

    /** How much a sampled series grew between two instants (epoch milliseconds); 0 for an empty window. */
    private long growth(long[] series, long fromMillis, long toMillis) {
        if (toMillis <= fromMillis || filled == 0) {
            return 0;
        }
        return series[bucketOf(toMillis)] - series[bucketOf(fromMillis)];
    }

    /** The 100 ms bucket of an instant, within those sampled so far. */
    private int bucketOf(long millis) {
        return (int) Math.clamp((millis - startMillis) / 100, 0, filled - 1);
    }

    /** Adds what each thread used since the last look to its group (a thread may start or end at any time). */
    private void sampleThreads() {
        if (!procReadable) {
            return;
        }
        try (var tasks = java.nio.file.Files.newDirectoryStream(TASKS)) {
            for (var task : tasks) {
                String id = task.getFileName().toString();
                String stat;
                try {
                    stat = java.nio.file.Files.readString(task.resolve("stat"));
                } catch (java.io.IOException ended) {
                    continue;
                }
                int close = stat.lastIndexOf(')');
                String[] fields = stat.substring(close + 2).split(" ");
                String thread = id + "/" + fields[19]; // with its start time: Linux may reuse an ended thread's id
                // Read each time: a new thread has its parent's name until the JVM names it.
                String group = groupOfName.computeIfAbsent(stat.substring(stat.indexOf('(') + 1, close),
                        CpuSampler::groupOf);
                long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime + stime
                Long before = threadTicks.put(thread, ticks);
                long used = ticks - (before == null ? 0 : before);
                groupTotal.merge(group, used, Long::sum);
                if (group.equals("C1 CompilerThre") || group.equals("C2 CompilerThre")) {
                    compilerTicks += used;
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            procReadable = false; // not Linux, or not as expected: the columns say "-"
        }
    }

    /** A thread's group: its name without the number that tells a pool's threads apart ("ingestNews-2"). */
    static String groupOf(String threadName) {
        String group = threadName.replaceFirst("[-# 0-9]+$", "");
        return group.isEmpty() ? threadName : group;
    }

    /**
     * CPU-seconds each thread group used between two instants (epoch milliseconds), largest first, groups that used
     * none left out; empty without {@code /proc}.
     */
    synchronized java.util.List<Map.Entry<String, Double>> cpuByThreadBetween(long fromMillis, long toMillis) {
        java.util.List<Map.Entry<String, Double>> used = new java.util.ArrayList<>();
        if (procReadable) {
            groupTicks.forEach((group, series) -> {
                long ticks = growth(series, fromMillis, toMillis);
                if (ticks > 0) {
                    used.add(Map.entry(group, ticks / TICKS_PER_SECOND));
                }
            });
        }
        used.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        return used;
    }

    /**
     * CPU-seconds the JIT's compiler threads used between two instants (epoch milliseconds), all threads added
     * up: CPU time the application's threads did not get on a machine with no idle core; NaN without
     * {@code /proc}.
     */
    synchronized double jitSecondsBetween(long fromMillis, long toMillis) {
        if (!procReadable) {
            return Double.NaN;
        }
        return growth(jitTicks, fromMillis, toMillis) / TICKS_PER_SECOND;
    }

    /** Megabytes (2^20 bytes) the process wrote between two instants (epoch milliseconds); NaN without /proc. */
    synchronized double writtenMbBetween(long fromMillis, long toMillis) {
        if (!ioReadable) {
            return Double.NaN;
        }
        return growth(wroteBytes, fromMillis, toMillis) / (1024.0 * 1024.0);
    }

    private void sampleWrites() {
        if (!ioReadable) {
            return;
        }
        try {
            for (String line : java.nio.file.Files.readAllLines(IO)) {
                if (line.startsWith("wchar:")) {
                    wrote = Long.parseLong(line.substring("wchar:".length()).trim());
                    return;
                }
            }
            ioReadable = false; // no such line: the column says "-"
        } catch (java.io.IOException | RuntimeException e) {
            ioReadable = false;
        }
    }

    void stop() throws InterruptedException {
        running = false;
        thread.join();
        sample();
    }
}
