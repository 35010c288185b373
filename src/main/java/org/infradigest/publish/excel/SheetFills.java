package org.infradigest.publish.excel;

import org.infradigest.concurrent.SideTask;

import java.io.IOException;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Fills the tables of sheets already made on two threads, the caller's and one more: each thread takes the next
 * table in the given order until none is left. Given largest first, the two threads end about together; the
 * workbook's Facts sheet alone is about half of its rows. When a table fails, the other thread stops at its next
 * row and the failure is thrown.
 */
final class SheetFills {

    static final String THREAD = "publish-sheets";

    private SheetFills() {
    }

    /** What one thread writes at a time: a table's rows, or anything else that goes into sheets already made. */
    interface SheetFill {

        /** @param abandoned once true, the other thread failed: stop (a table does at its next row) */
        void fill(BooleanSupplier abandoned);
    }

    static void fill(List<? extends SheetFill> largestFirst) throws IOException {
        Queue<SheetFill> left = new ConcurrentLinkedQueue<>(largestFirst);
        AtomicBoolean abandoned = new AtomicBoolean();
        try (SideTask<Void> other = SideTask.start(THREAD, () -> {
            work(left, abandoned);
            return null;
        })) {
            try {
                work(left, abandoned);
            } catch (CancellationException e) {
                other.join(); // the other thread's failure stopped this one: that failure is the one to tell
                throw e;
            }
            other.join();
        }
    }

    private static void work(Queue<SheetFill> left, AtomicBoolean abandoned) {
        try {
            for (SheetFill next; !abandoned.get() && (next = left.poll()) != null; ) {
                next.fill(abandoned::get);
            }
        } catch (RuntimeException | Error e) {
            abandoned.set(true);
            throw e;
        }
    }
}
