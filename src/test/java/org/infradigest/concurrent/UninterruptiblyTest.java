package org.infradigest.concurrent;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

class UninterruptiblyTest {

    @Test
    void awaitsAShutDownPoolsTasksThroughAnInterruptAndKeepsTheInterrupt() throws InterruptedException {
        // given a task under way in a pool that was shut down
        ExecutorService pool = Executors.newSingleThreadExecutor();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        AtomicBoolean taskInterrupted = new AtomicBoolean();
        pool.execute(() -> {
            started.countDown();
            try {
                release.await();
                finished.set(true);
            } catch (InterruptedException e) {
                taskInterrupted.set(true);
            }
        });
        pool.shutdown();
        started.await();

        // when the interrupted caller waits, and the task ends a little later
        Thread releaser = Thread.ofPlatform().start(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            release.countDown();
        });
        Thread.currentThread().interrupt();
        Uninterruptibly.awaitTermination(pool);
        boolean callerInterrupted = Thread.interrupted();
        releaser.join();

        // then the wait ended with the task, which was not interrupted, and the caller's interrupt is kept
        assertThat(pool.awaitTermination(0, TimeUnit.SECONDS)).isTrue();
        assertThat(finished).isTrue();
        assertThat(taskInterrupted).isFalse();
        assertThat(callerInterrupted).isTrue();
    }
}
