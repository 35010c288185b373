package org.infradigest.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Hands rows to a consumer that runs on a thread of its own, in order, a batch at a time: facts.csv is written
 * from the workbook's walk of the facts while that walk goes on making the workbook, and reconcile's figures and
 * conflicts are written while the next ones are decided. Few batches wait at a time, so memory stays bounded
 * whatever the number of rows; when the consumer is slower, the producer waits for it. A failure of the consumer
 * is thrown from the next {@link #accept} or from {@link #finish}.
 */
public final class BackgroundRows<T> implements Consumer<T>, AutoCloseable {

    private static final int BATCH = 1_000;
    private static final int BATCHES_WAITING = 4;

    /** Marks the end of the rows. */
    private static final List<Object> END = List.of();

    private final BlockingQueue<List<? extends Object>> queue = new ArrayBlockingQueue<>(BATCHES_WAITING);
    private final Consumer<? super T> consumer;
    private final Thread thread;
    private final boolean interruptOnClose;
    private volatile Throwable failure;
    /** Set by {@link #close} on a consumer that is not interrupted: it drops the batches it has not begun. */
    private volatile boolean abandoned;
    private List<T> batch = new ArrayList<>(BATCH);
    private boolean ended;

    /** Rows for a consumer that {@link #close} may interrupt (one writing a file of its own). */
    public BackgroundRows(String name, Consumer<? super T> consumer) {
        this(name, consumer, true);
    }

    private BackgroundRows(String name, Consumer<? super T> consumer, boolean interruptOnClose) {
        this.consumer = consumer;
        this.interruptOnClose = interruptOnClose;
        this.thread = Thread.ofPlatform().name(name).start(this::consume);
    }

    /**
     * Rows for a consumer that must never be interrupted: one that uses the database. A thread interrupted while H2
     * reads or writes its file closes the file's channel, and the store with it, for every connection (H2 issues
     * 227 and 1076). {@link #close} without {@link #finish} then waits for the batch in hand, drops the rest and
     * returns only once the consumer has stopped, so that the caller may roll back and hand back its connection.
     */
    public static <T> BackgroundRows<T> uninterruptible(String name, Consumer<? super T> consumer) {
        return new BackgroundRows<>(name, consumer, false);
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
    public void finish() {
        if (!batch.isEmpty()) {
            hand(batch);
            batch = new ArrayList<>(0);
        }
        end();
        if (interruptOnClose) {
            join();
        } else {
            Uninterruptibly.join(thread);
        }
        throwFailure();
    }

    /** Stops the consumer if {@link #finish} was not reached (the walk failed); rows not yet taken are dropped. */
    @Override
    public void close() {
        if (ended) {
            return;
        }
        if (interruptOnClose) {
            thread.interrupt();
            join();
            return;
        }
        ended = true;
        abandoned = true;
        queue.clear();
        queue.offer(END); // only this thread puts, and the queue was just emptied: there is room
        Uninterruptibly.join(thread);
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
        try {
            queue.put(END);
            ended = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (interruptOnClose) {
                ended = true;
                thread.interrupt();
            } // else not ended: close() stops the consumer without interrupting it
            throw new IllegalStateException("interrupted while ending " + thread.getName(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private void consume() {
        try {
            for (List<? extends Object> rows = queue.take(); rows != END && !abandoned; rows = queue.take()) {
                rows.forEach(row -> consumer.accept((T) row));
            }
        } catch (InterruptedException e) {
            // Stopped by close(): the walk failed and its failure is what matters.
        } catch (RuntimeException | Error e) {
            // An Error too: a consumer that died silently would leave the producer waiting on a full queue.
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
        Throwable failed = failure;
        if (failed instanceof RuntimeException e) {
            throw e;
        }
        if (failed != null) {
            throw (Error) failed;
        }
    }
}
