package org.infradigest.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;

import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Peak heap of a run from the memory pool beans: the sum of the heap pools' current use, sampled every 10 ms
 * (the sum of each pool's own peak overstates it, as the pools peak at different moments; with a 512 MB cap
 * the collector lets garbage fill the heap, so this is near the cap in any long step), and the largest heap
 * a collection left behind (the live data, garbage not counted), both also per time window.
 */
final class HeapSampler implements Runnable {

    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private final Thread thread = Thread.ofPlatform().daemon().name("bench-heap-sampler").unstarted(this);
    private final long startMillis = System.currentTimeMillis();
    private long[] bucketPeaks = new long[1024]; // the largest use seen in each 100 ms since the start
    private long[] bucketAfterGc = new long[1024]; // the largest heap left by a collection in each 100 ms
    private volatile boolean running = true;
    private volatile long peakUsed;
    private volatile long peakAfterGc;
    private final java.util.Set<String> heapPools = pools.stream().map(MemoryPoolMXBean::getName)
            .collect(java.util.stream.Collectors.toSet());
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener gcListener = (notification, handback) -> {
        if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
            var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                    .filter(e -> heapPools.contains(e.getKey()))
                    .mapToLong(e -> e.getValue().getUsed()).sum();
            afterGc(after);
        }
    };

    static HeapSampler start() {
        HeapSampler sampler = new HeapSampler();
        sampler.thread.start();
        // What each collection left behind: the live data (plus what the collector chose not to clean yet).
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(sampler.gcListener, null, null);
                sampler.emitters.add(emitter);
            }
        }
        return sampler;
    }

    private synchronized void afterGc(long used) {
        if (!running) {
            return; // a collection of what ran after the job (the floors), reported late
        }
        int bucket = bucket();
        if (bucket >= bucketAfterGc.length) {
            bucketAfterGc = java.util.Arrays.copyOf(bucketAfterGc, Math.max(bucket + 1, bucketAfterGc.length * 2));
        }
        bucketAfterGc[bucket] = Math.max(bucketAfterGc[bucket], used);
        peakAfterGc = Math.max(peakAfterGc, used);
    }

    private int bucket() {
        return (int) ((System.currentTimeMillis() - startMillis) / 100);
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
        for (MemoryPoolMXBean pool : pools) {
            used += pool.getUsage().getUsed();
        }
        peakUsed = Math.max(peakUsed, used);
        synchronized (this) {
            int bucket = bucket();
            if (bucket >= bucketPeaks.length) {
                bucketPeaks = java.util.Arrays.copyOf(bucketPeaks, Math.max(bucket + 1, bucketPeaks.length * 2));
            }
            bucketPeaks[bucket] = Math.max(bucketPeaks[bucket], used);
        }
    }

    /** The largest heap use sampled between two instants (epoch milliseconds), e.g. one step's start and end. */
    synchronized long peakBetween(long fromMillis, long toMillis) {
        return max(bucketPeaks, fromMillis, toMillis);
    }

    /** The largest heap a collection left between two instants (epoch milliseconds). */
    synchronized long peakAfterGcBetween(long fromMillis, long toMillis) {
        return max(bucketAfterGc, fromMillis, toMillis);
    }

    private long max(long[] buckets, long fromMillis, long toMillis) {
        int from = (int) Math.max(0, (fromMillis - startMillis) / 100);
        int to = (int) Math.min(buckets.length - 1, (toMillis - startMillis) / 100);
        long peak = 0;
        for (int i = from; i <= to; i++) {
            peak = Math.max(peak, buckets[i]);
        }
        return peak;
    }

    /** Stops sampling: what runs afterwards (the floors) counts neither as heap use nor as live data. */
    void stop() throws InterruptedException {
        running = false;
        thread.join();
        sample();
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(gcListener);
            } catch (ListenerNotFoundException alreadyGone) {
                // nothing to remove
            }
        }
    }

    long peakUsed() {
        return peakUsed;
    }

    long peakAfterGc() {
        return peakAfterGc;
    }
}
