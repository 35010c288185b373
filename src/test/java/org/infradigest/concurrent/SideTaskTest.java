package org.infradigest.concurrent;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class SideTaskTest {

    @Test
    void joinGivesTheResultOfTheWorkDoneOnItsOwnNamedThread() throws IOException {
        // when
        String result;
        try (SideTask<String> task = SideTask.start("side-task-test", () -> Thread.currentThread().getName())) {
            result = task.join();
            assertThat(task.isDone()).isTrue();
        }

        // then
        assertThat(result).isEqualTo("side-task-test");
    }

    @Test
    void joinThrowsTheWorksFailureAsItWas() {
        IOException io = new IOException("disk full");
        IllegalStateException runtime = new IllegalStateException("bad state");
        AssertionError error = new AssertionError("broken");
        Exception checked = new Exception("checked");

        assertThat(failureOf(io)).isSameAs(io);
        assertThat(failureOf(runtime)).isSameAs(runtime);
        assertThat(failureOf(error)).isSameAs(error);
        assertThat(failureOf(checked)).isInstanceOf(IOException.class).hasMessage("side-task-test failed")
                .hasCause(checked);
    }

    @Test
    void closeWaitsForTheWorkWithoutInterruptingItAndKeepsTheCallersInterrupt() throws InterruptedException {
        // given work that is under way
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean workInterrupted = new AtomicBoolean();
        AtomicBoolean workFinished = new AtomicBoolean();
        SideTask<Void> task = SideTask.start("side-task-test", () -> {
            started.countDown();
            while (!release.await(10, TimeUnit.MILLISECONDS)) {
                workInterrupted.compareAndSet(false, Thread.currentThread().isInterrupted());
            }
            workFinished.set(true);
            return null;
        });
        started.await();

        // when the caller, interrupted, closes it and the work ends a little later
        Thread releaser = Thread.ofPlatform().start(() -> {
            sleep(200);
            release.countDown();
        });
        Thread.currentThread().interrupt();
        task.close();
        boolean callerInterrupted = Thread.interrupted();
        releaser.join();

        // then close returned only once the work had ended, never interrupted, and the caller's interrupt is kept
        assertThat(workFinished).isTrue();
        assertThat(workInterrupted).isFalse();
        assertThat(callerInterrupted).isTrue();
    }

    private static Throwable failureOf(Throwable failure) {
        try (SideTask<Void> task = SideTask.start("side-task-test", () -> {
            if (failure instanceof Error e) {
                throw e;
            }
            throw (Exception) failure;
        })) {
            return catchThrowable(task::join);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
