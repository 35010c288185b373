package org.infradigest.concurrent;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work that runs beside the caller on a platform thread of its own and is never interrupted: publish writes the PDF
 * this way while the caller writes the workbook, and the workbook's second thread filling tables is one too. The
 * work reads the database, and a thread interrupted during H2's file I/O closes the store for every connection (H2
 * issues 227 and 1076), the job repository's too; so a caller that gives up lets it finish ({@link #close})
 * instead of cancelling it.
 *
 * @param <T> the work's result
 */
public final class SideTask<T> implements AutoCloseable {

    private final String name;
    private final FutureTask<T> task;
    private final Thread thread;

    private SideTask(String name, Callable<T> work) {
        this.name = name;
        this.task = new FutureTask<>(work);
        this.thread = Thread.ofPlatform().name(name).start(task);
    }

    /** Starts {@code work} on a new thread called {@code name}. */
    public static <T> SideTask<T> start(String name, Callable<T> work) {
        return new SideTask<>(name, work);
    }

    /** Whether the work has ended, with a result or a failure. */
    public boolean isDone() {
        return task.isDone();
    }

    /**
     * Waits for the work and returns its result. Its failure is thrown as it was: an {@link IOException}, a
     * {@link RuntimeException} or an {@link Error}; any other exception as the cause of an IOException.
     */
    public T join() throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for " + name);
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case IOException io -> throw io;
                case RuntimeException runtime -> throw runtime;
                case Error error -> throw error;
                default -> throw new IOException(name + " failed", e.getCause());
            }
        }
    }

    /**
     * Returns once the thread has ended, without interrupting it. An interrupt of the caller meanwhile is kept for
     * after: the caller's clean-up (deleting what the work wrote, rolling back) must wait for the work.
     */
    @Override
    public void close() {
        Uninterruptibly.join(thread);
    }
}
