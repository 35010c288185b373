package org.infradigest.publish;

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
}
