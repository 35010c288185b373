package org.infradigest.job;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * CPU time the process's working threads have used, for {@link StallWatchdog}. The embedded database's own
 * storage threads do not count: the one stall seen (H2 2.4.240, a target-size benchmark run) was H2's
 * serialization thread spinning on a full core while every thread of the job waited for it. The total is
 * summed per thread from one look to the next, so a thread that ends in between does not make it go back; what
 * such a thread used since the last look is not seen, which matters little, as the job's work runs on pooled
 * and carrier threads that live as long as a step.
 */
final class WorkingThreadsCpu {

    /** Name prefixes of H2's background storage threads (pipelined store and background writer). */
    static final List<String> STORAGE_THREADS = List.of("H2-", "MVStore ");

    /** One thread's CPU time at a look. */
    record ThreadCpu(long id, String name, long cpuNanos) {
    }

    private final Supplier<List<ThreadCpu>> threads;
    private Map<Long, Long> lastSeen = new HashMap<>();
    private boolean looked;
    private long total;

    WorkingThreadsCpu(Supplier<List<ThreadCpu>> threads) {
        this.threads = threads;
    }

    /** This JVM's threads; empty where the JVM cannot measure a thread's CPU time. */
    static Optional<WorkingThreadsCpu> ofThisJvm() {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        if (!bean.isThreadCpuTimeSupported()) {
            return Optional.empty();
        }
        if (!bean.isThreadCpuTimeEnabled()) {
            bean.setThreadCpuTimeEnabled(true);
        }
        return Optional.of(new WorkingThreadsCpu(() -> sample(bean)));
    }

    private static List<ThreadCpu> sample(ThreadMXBean bean) {
        List<ThreadCpu> sample = new ArrayList<>();
        long looker = Thread.currentThread().threadId();
        for (ThreadInfo info : bean.getThreadInfo(bean.getAllThreadIds())) {
            // null: ended since the ids were listed. The thread that looks does not count itself.
            if (info != null && info.getThreadId() != looker) {
                sample.add(new ThreadCpu(info.getThreadId(), info.getThreadName(),
                        bean.getThreadCpuTime(info.getThreadId())));
            }
        }
        return sample;
    }

    /** Nanoseconds of CPU the working threads have used since the first look. */
    synchronized long nanos() {
        Map<Long, Long> seen = new HashMap<>();
        for (ThreadCpu thread : threads.get()) {
            if (thread.cpuNanos() < 0 || isStorageThread(thread.name())) {
                continue; // -1: the thread ended between listing and measuring
            }
            Long before = lastSeen.get(thread.id());
            if (before != null) {
                total += Math.max(0, thread.cpuNanos() - before);
            } else if (looked) {
                total += thread.cpuNanos(); // started since the last look; the first look is only the baseline
            }
            seen.put(thread.id(), thread.cpuNanos());
        }
        lastSeen = seen;
        looked = true;
        return total;
    }

    static boolean isStorageThread(String name) {
        for (String prefix : STORAGE_THREADS) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
