package org.infradigest.concurrent;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Waits for threads that use the database, which an interrupt of the waiting thread does not cut short: the
 * caller's clean-up (rolling back, deleting what the threads wrote) must come after them, and they are never
 * interrupted themselves (a thread interrupted during H2's file I/O closes the store for every connection, H2
 * issues 227 and 1076). An interrupt that arrives meanwhile is kept for the caller, set again once the wait is over.
 */
public final class Uninterruptibly {

    private Uninterruptibly() {
    }

    /** Returns once {@code thread} has ended. */
    public static void join(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Returns once every task of {@code pool}, which the caller has shut down, has ended. */
    public static void awaitTermination(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
