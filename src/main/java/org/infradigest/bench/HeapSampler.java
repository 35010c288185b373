package org.infradigest.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;

/**
 * Peak heap of a run from the memory pool beans: the sum of the heap pools' current use, sampled every 10 ms
 * (the sum of each pool's own peak overstates it, as the pools peak at different moments), and the largest
 * use the collector left behind (what was live after a GC, garbage not counted).
 */
final class HeapSampler implements Runnable {

    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private final Thread thread = Thread.ofPlatform().daemon().name("bench-heap-sampler").unstarted(this);
    private final long startMillis = System.currentTimeMillis();
    private long[] bucketPeaks = new long[1024]; // the largest use seen in each 100 ms since the start
    private volatile boolean running = true;
    private volatile long peakUsed;
    private volatile long peakAfterGc;

    static HeapSampler start() {
        HeapSampler sampler = new HeapSampler();
        sampler.thread.start();
        return sampler;
    }

    @Override
    public void run() {
        while (running) {
            sample();
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void sample() {
        long used = 0;
        long afterGc = 0;
        for (MemoryPoolMXBean pool : pools) {
            used += pool.getUsage().getUsed();
            MemoryUsage collected = pool.getCollectionUsage();
            if (collected != null) {
                afterGc += collected.getUsed();
            }
        }
        peakUsed = Math.max(peakUsed, used);
        peakAfterGc = Math.max(peakAfterGc, afterGc);
        synchronized (this) {
            int bucket = (int) ((System.currentTimeMillis() - startMillis) / 100);
            if (bucket >= bucketPeaks.length) {
                bucketPeaks = java.util.Arrays.copyOf(bucketPeaks, Math.max(bucket + 1, bucketPeaks.length * 2));
            }
            bucketPeaks[bucket] = Math.max(bucketPeaks[bucket], used);
        }
    }

    /** The largest heap use sampled between two instants (epoch milliseconds), e.g. one step's start and end. */
    synchronized long peakBetween(long fromMillis, long toMillis) {
        int from = (int) Math.max(0, (fromMillis - startMillis) / 100);
        int to = (int) Math.min(bucketPeaks.length - 1, (toMillis - startMillis) / 100);
        long peak = 0;
        for (int i = from; i <= to; i++) {
            peak = Math.max(peak, bucketPeaks[i]);
        }
        return peak;
    }

    void stop() throws InterruptedException {
        running = false;
        thread.join();
        sample();
    }

    long peakUsed() {
        return peakUsed;
    }

    long peakAfterGc() {
        return peakAfterGc;
    }
}
