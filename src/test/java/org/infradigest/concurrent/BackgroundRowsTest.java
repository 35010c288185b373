package org.infradigest.concurrent;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class BackgroundRowsTest {

    @Test
    void handsEveryRowOverInOrder() {
        // given
        List<Integer> taken = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();

        // when
        try (BackgroundRows<Integer> rows = new BackgroundRows<>("test", row -> {
            taken.add(row);
            if (threads.isEmpty()) {
                threads.add(Thread.currentThread());
            }
        })) {
            IntStream.range(0, 25_001).forEach(rows::accept);
            rows.finish();
        }

        // then
        assertThat(taken).isEqualTo(IntStream.range(0, 25_001).boxed().toList());
        assertThat(threads.getFirst()).isNotSameAs(Thread.currentThread());
    }

    @Test
    void throwsTheConsumersFailure() {
        // given a consumer that fails on the 1,500th row
        UncheckedIOException disk = new UncheckedIOException(new IOException("disk full"));

        // when
        Throwable failure;
        try (BackgroundRows<Integer> rows = new BackgroundRows<>("test", row -> {
            if (row == 1_500) {
                throw disk;
            }
        })) {
            failure = catchThrowable(() -> {
                IntStream.range(0, 100_000).forEach(rows::accept);
                rows.finish();
            });
        }

        // then
        assertThat(failure).isSameAs(disk);
    }

    @Test
    void stopsTheConsumerWhenClosedWithoutFinishing() throws InterruptedException {
        // given a consumer stuck on a batch
        CountDownLatch started = new CountDownLatch(1);
        BackgroundRows<Integer> rows = new BackgroundRows<>("test", row -> {
            started.countDown();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
        IntStream.range(0, 1_000).forEach(rows::accept);
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        // when the walk fails and the rows are closed
        long before = System.nanoTime();
        rows.close();

        // then it does not wait for the consumer to finish its batch
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - before)).isLessThan(10);
    }
    @Test
    void anUninterruptibleConsumerFinishesTheBatchInHandWhenClosedAndTakesNoMore() throws InterruptedException {
        // given a consumer, such as one writing to the database, busy with the first of five batches
        CountDownLatch started = new CountDownLatch(1);
        List<Integer> taken = new ArrayList<>();
        List<Boolean> interrupted = new ArrayList<>();
        BackgroundRows<Integer> rows = BackgroundRows.uninterruptible("uninterruptible-test", row -> {
            if (row == 0) {
                started.countDown();
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    interrupted.add(true);
                }
            }
            taken.add(row);
        });
        IntStream.range(0, 5_000).forEach(rows::accept);
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        // when the producer fails and the rows are closed
        rows.close();

        // then the batch in hand was completed, never interrupted, and the waiting ones were dropped; the
        // consumer has stopped by the time close returns (its rows are complete when read here)
        assertThat(interrupted).isEmpty();
        assertThat(taken).isEqualTo(IntStream.range(0, 1_000).boxed().toList());
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("uninterruptible-test"));
    }

    @Test
    void throwsAnErrorOfTheConsumerInsteadOfWaitingForIt() {
        // given a consumer that dies of an Error: a thread that ended silently would leave the producer waiting
        // on a full queue for ever
        StackOverflowError error = new StackOverflowError("deep");

        // when
        Throwable failure;
        try (BackgroundRows<Integer> rows = BackgroundRows.uninterruptible("test", row -> {
            throw error;
        })) {
            failure = catchThrowable(() -> {
                IntStream.range(0, 100_000).forEach(rows::accept);
                rows.finish();
            });
        }

        // then
        assertThat(failure).isSameAs(error);
    }
}
