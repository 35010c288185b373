package org.infradigest.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Hands rows to a consumer that runs on a thread of its own, in order, a batch at a time: facts.csv is written
 * from the workbook's walk of the facts while that walk goes on making the workbook. Few batches wait at a time,
 * so memory stays bounded whatever the number of rows; when the consumer is slower, the walk waits for it.
 * A failure of the consumer is thrown from the next {@link #accept} or from {@link #finish}.
 */
final class BackgroundRows<T> implements Consumer<T>, AutoCloseable {

    private static final int BATCH = 1_000;
    private static final int BATCHES_WAITING = 4;

    /** Marks the end of the rows. */
    private static final List<Object> END = List.of();

    private final BlockingQueue<List<? extends Object>> queue = new ArrayBlockingQueue<>(BATCHES_WAITING);
    private final Consumer<? super T> consumer;
    private final Thread thread;
    private volatile RuntimeException failure;
    private List<T> batch = new ArrayList<>(BATCH);
    private boolean ended;

    BackgroundRows(String name, Consumer<? super T> consumer) {
        this.consumer = consumer;
        this.thread = Thread.ofPlatform().name(name).start(this::consume);
    }

    @Override
    public void accept(T row) {
        batch.add(row);
        if (batch.size() == BATCH) {
            hand(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    /** Waits until the consumer has taken every row; throws its failure, if any. */
    void finish() {
        if (!batch.isEmpty()) {
            hand(batch);
            batch = new ArrayList<>(0);
        }
        end();
        join();
        throwFailure();
    }

    /** Stops the consumer if {@link #finish} was not reached (the walk failed); rows not yet taken are dropped. */
    @Override
    public void close() {
        if (!ended) {
            thread.interrupt();
            join();
        }
    }

    private void hand(List<T> rows) {
        throwFailure();
        try {
            queue.put(rows);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while handing rows to " + thread.getName(), e);
        }
    }

    private void end() {
        ended = true;
        try {
            queue.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            thread.interrupt();
            throw new IllegalStateException("interrupted while ending " + thread.getName(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private void consume() {
        try {
            for (List<? extends Object> rows = queue.take(); rows != END; rows = queue.take()) {
                rows.forEach(row -> consumer.accept((T) row));
            }
        } catch (InterruptedException e) {
            // Stopped by close(): the walk failed and its failure is what matters.
        } catch (RuntimeException e) {
            failure = e;
            // Keep taking batches so that the walk never waits on a full queue; it sees the failure next.
            drainUntilEnd();
        }
    }

    private void drainUntilEnd() {
        try {
            while (queue.take() != END) {
                // dropped: the rows are not written after a failure
            }
        } catch (InterruptedException e) {
            // stopped by close()
        }
    }

    private void join() {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + thread.getName(), e);
        }
    }

    private void throwFailure() {
        RuntimeException failed = failure;
        if (failed != null) {
            throw failed;
        }
    }
}
