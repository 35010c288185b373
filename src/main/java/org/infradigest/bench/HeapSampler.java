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
