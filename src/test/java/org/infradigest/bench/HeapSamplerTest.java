package org.infradigest.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import org.junit.jupiter.api.Test;

import com.sun.management.GarbageCollectionNotificationInfo;

class HeapSamplerTest {

    @Test
    void liveDataAfterItStoppedIsNotCounted() throws Exception {
        // given a sampler that saw a collection while it ran
        HeapSampler sampler = HeapSampler.start();
        collectAndWaitForItsReport();
        sampler.stop();
        long seen = sampler.peakAfterGc();
        assertThat(seen).as("live data after a collection while it ran").isPositive();

        // when more than that is live at a collection after it stopped (as the floors have after the job)
        byte[] live = new byte[(int) Math.min(Integer.MAX_VALUE - 8, seen + (64 << 20))];
        live[live.length - 1] = 1;
        collectAndWaitForItsReport();

        // then
        assertThat(sampler.peakAfterGc()).isEqualTo(seen);
        assertThat(live[live.length - 1]).isEqualTo((byte) 1);
    }

    /**
     * A collection asked for, once its report has reached the listeners (a collector's listeners get its reports in
     * the order they were added).
     */
    private static void collectAndWaitForItsReport() throws Exception {
        CountDownLatch reported = new CountDownLatch(1);
        NotificationListener listener = (notification, handback) -> {
            if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)
                    && GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcCause()
                    .equals("System.gc()")) {
                reported.countDown();
            }
        };
        var emitters = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .filter(NotificationEmitter.class::isInstance).map(NotificationEmitter.class::cast).toList();
        emitters.forEach(emitter -> emitter.addNotificationListener(listener, null, null));
        try {
            System.gc();
            assertThat(reported.await(10, TimeUnit.SECONDS)).as("a collection reported").isTrue();
        } finally {
            for (NotificationEmitter emitter : emitters) {
                emitter.removeNotificationListener(listener);
            }
        }
    }
}
