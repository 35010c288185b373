package org.infradigest.store.sort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * An external merge sort with a memory budget: producers (one per thread) fill runs in memory, a full run is
 * sorted and spilled to a file in the workspace, and {@link #sorted()} merges the spilled runs with what is
 * still in memory. When everything fits, nothing touches the disk.
 *
 * <p>Why not let the database sort: H2 sorts a large result by inserting every row into a temporary B-tree,
 * and walking an index in the wanted order fetches each row from a random place of the table; on 1.8 million
 * facts either took several times as long as one sequential scan followed by this sort.
 */
public final class ExternalSort<T> implements AutoCloseable {

    private static final int IO_BUFFER = 64 * 1024;
    /**
     * Runs one merge reads at once, at most: each holds a file and a buffer open. A sort with more spills merges
     * its oldest runs into longer ones first (another pass over those records, only for such a sort).
     */
    static final int MAX_FAN_IN = 256;

    private final Comparator<? super T> order;
    private final RunCodec<T> codec;
    private final Path workspace;
    private final long runBudget;
    private final Runnable onClose;
    private final List<SpilledRun> spilled = Collections.synchronizedList(new ArrayList<>());
    private final List<List<T>> inMemory = Collections.synchronizedList(new ArrayList<>());
    private boolean merging;
    /** Whether a merge has handed out (and let go of) the runs held in memory. */
    private boolean memoryMerged;

    /**
     * @param workspace  folder for spilled runs, created when the first run spills and deleted by {@link #close()}
     * @param runBudget  estimated heap bytes a producer may hold before it spills its run
     */
    public ExternalSort(Comparator<? super T> order, RunCodec<T> codec, Path workspace, long runBudget) {
        this(order, codec, workspace, runBudget, () -> { });
    }

    ExternalSort(Comparator<? super T> order, RunCodec<T> codec, Path workspace, long runBudget, Runnable onClose) {
        this.order = order;
        this.codec = codec;
        this.workspace = workspace;
        this.runBudget = Math.max(1, runBudget);
        this.onClose = onClose;
    }

    /** A producer for one thread. Close it before {@link #sorted()}. */
    public Producer producer() {
        if (merging) {
            throw new IllegalStateException("the sort is already merging");
        }
        return new Producer();
    }

    /** How many runs are on disk (a merge of more than {@link #MAX_FAN_IN} first merges the oldest into one). */
    public int spilledRuns() {
        return spilled.size();
    }

    /**
     * All records of all (closed) producers in order. Call once; or, after {@link #spillInMemory()}, as often as
     * needed until the sort is closed.
     */
    public SortedStream<T> sorted() {
        if (memoryMerged) {
            throw new IllegalStateException("the runs held in memory were merged already");
        }
        merging = true;
        mergeSpilledDownTo(Math.max(2, MAX_FAN_IN - inMemory.size()));
        memoryMerged = !inMemory.isEmpty();
        List<Cursor<T>> cursors = new ArrayList<>();
        try {
            for (List<T> run : inMemory) {
                cursors.add(new MemoryCursor<>(run));
            }
            for (SpilledRun run : spilled) {
                cursors.add(new FileCursor<>(run, codec));
            }
        } catch (IOException e) {
            cursors.forEach(Cursor::close);
            throw new UncheckedIOException(e);
        }
        return new Merge<>(cursors, order);
    }

    /**
     * Writes the runs still in memory to the workspace too (all producers closed), so that {@link #sorted()} can
     * merge the same records again and the heap holds none of them meanwhile.
     */
    public void spillInMemory() {
        if (memoryMerged) {
            throw new IllegalStateException("the runs held in memory were merged already");
        }
        for (List<T> run : List.copyOf(inMemory)) {
            spilled.add(write(run));
        }
        inMemory.clear();
    }

    /** Writes one sorted run to a file of the workspace. */
    private SpilledRun write(List<T> sortedRun) {
        try {
            return write(sortedRun.iterator());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spill a sort run to " + workspace, e);
        }
    }

    private SpilledRun write(Iterator<T> sortedRecords) throws IOException {
        Files.createDirectories(workspace);
        Path file = Files.createTempFile(workspace, "run-", ".bin");
        RunCodec<T> runCodec = codec.forRun();
        int records = 0;
        try (RunOutput out = new RunOutput(Files.newOutputStream(file), IO_BUFFER)) {
            while (sortedRecords.hasNext()) {
                runCodec.write(sortedRecords.next(), out);
                records++;
            }
        }
        return new SpilledRun(file, records);
    }

    /**
     * Merges the oldest spilled runs into one until at most {@code limit} are left. The merged run takes their
     * place at the front, so equal records still come out in the order of their runs.
     */
    private void mergeSpilledDownTo(int limit) {
        while (spilled.size() > limit) {
            int group = Math.min(MAX_FAN_IN, spilled.size() - limit + 1);
            List<SpilledRun> oldest = List.copyOf(spilled.subList(0, group));
            List<Cursor<T>> cursors = new ArrayList<>();
            SpilledRun merged;
            try {
                for (SpilledRun run : oldest) {
                    cursors.add(new FileCursor<>(run, codec));
                }
                try (Merge<T> merge = new Merge<>(cursors, order)) {
                    merged = write(merge);
                }
            } catch (IOException e) {
                cursors.forEach(Cursor::close);
                throw new UncheckedIOException("cannot merge sort runs in " + workspace, e);
            }
            synchronized (spilled) {
                spilled.subList(0, group).clear();
                spilled.addFirst(merged);
            }
            for (SpilledRun run : oldest) {
                try {
                    Files.deleteIfExists(run.file());
                } catch (IOException e) {
                    // merged already; the workspace goes when the sort closes
                }
            }
        }
    }

    /** Deletes the spilled runs and the workspace. */
    @Override
    public void close() {
        inMemory.clear();
        for (SpilledRun run : List.copyOf(spilled)) {
            try {
                Files.deleteIfExists(run.file());
            } catch (IOException e) {
                // best effort: the workspace is cleared before the next sort anyway
            }
        }
        spilled.clear();
        try {
            Files.deleteIfExists(workspace);
        } catch (IOException e) {
            // not empty or gone: cleared before the next sort
        }
        onClose.run();
    }

    /** Fills runs on one thread. */
    public final class Producer implements AutoCloseable {

        private List<T> run = new ArrayList<>();
        private long bytes;

        private Producer() {
        }

        public void add(T record) {
            run.add(record);
            bytes += codec.heapBytes(record);
            if (bytes >= runBudget) {
                spill();
            }
        }

        /** Sorts what is left; it stays in memory for the merge. */
        @Override
        public void close() {
            if (!run.isEmpty()) {
                run.sort(order);
                inMemory.add(run);
            }
            run = new ArrayList<>();
            bytes = 0;
        }

        private void spill() {
            run.sort(order);
            spilled.add(write(run));
            run = new ArrayList<>(run.size());
            bytes = 0;
        }
    }

    private record SpilledRun(Path file, int records) {
    }

    private interface Cursor<T> extends AutoCloseable {
        T head();

        /** Moves to the next record; false at the end. */
        boolean advance() throws IOException;

        @Override
        void close();
    }

    private static final class MemoryCursor<T> implements Cursor<T> {
        private final List<T> run;
        private int next;
        private T head;

        MemoryCursor(List<T> run) {
            this.run = run;
            advance();
        }

        @Override
        public T head() {
            return head;
        }

        @Override
        public boolean advance() {
            // Let go of each record once it is handed out, so the merge frees the memory runs as it goes.
            head = next < run.size() ? run.set(next++, null) : null;
            return head != null;
        }

        @Override
        public void close() {
            head = null;
        }
    }

    private static final class FileCursor<T> implements Cursor<T> {
        private final RunInput in;
        private final RunCodec<T> codec;
        private int left;
        private T head;

        FileCursor(SpilledRun run, RunCodec<T> codec) throws IOException {
            this.in = new RunInput(Files.newInputStream(run.file()), IO_BUFFER);
            this.codec = codec.forRun();
            this.left = run.records();
            advance();
        }

        @Override
        public T head() {
            return head;
        }

        @Override
        public boolean advance() throws IOException {
            head = left-- > 0 ? codec.read(in) : null;
            return head != null;
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException e) {
                // nothing left to read from it
            }
        }
    }

    /**
     * A k-way merge through a tree of losers: each record handed out costs one comparison per level of the tree
     * (6 for 64 runs), where a binary heap's poll and add took about twice as many; with the facts' long shared
     * keys those comparisons were most of the merge. Equal records come out in the order of their runs.
     */
    private static final class Merge<T> implements SortedStream<T> {
        private final Cursor<T>[] all;
        private final Comparator<? super T> order;
        /** {@code tree[0]} is the cursor whose head comes next; {@code tree[1..k-1]} the losers of each match. */
        private final int[] tree;
        private final int k;
        private boolean closed;

        @SuppressWarnings("unchecked")
        Merge(List<Cursor<T>> cursors, Comparator<? super T> order) {
            this.all = cursors.toArray(new Cursor[0]);
            this.order = order;
            this.k = cursors.size();
            this.tree = new int[Math.max(1, k)];
            Arrays.fill(tree, -1);
            // Leaf i sits at position k + i; a match waits at its node until both sides have sent a winner.
            for (int i = k - 1; i >= 0; i--) {
                int winner = i;
                int node = (i + k) >> 1;
                while (node > 0) {
                    if (tree[node] < 0) {
                        tree[node] = winner;
                        winner = -1;
                        break;
                    }
                    if (after(winner, tree[node])) {
                        int loser = winner;
                        winner = tree[node];
                        tree[node] = loser;
                    }
                    node >>= 1;
                }
                if (winner >= 0) {
                    tree[0] = winner;
                }
            }
        }

        /** Whether cursor a's head comes after cursor b's: an exhausted cursor comes after all, ties by run. */
        private boolean after(int a, int b) {
            T x = all[a].head();
            T y = all[b].head();
            if (x == null || y == null) {
                return x == null && (y != null || a > b);
            }
            int c = order.compare(x, y);
            return c > 0 || c == 0 && a > b;
        }

        @Override
        public boolean hasNext() {
            return k > 0 && !closed && all[tree[0]].head() != null;
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            int winner = tree[0];
            Cursor<T> cursor = all[winner];
            T record = cursor.head();
            try {
                cursor.advance();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read a spilled sort run", e);
            }
            // The winner's new head replays the matches on its way up from its leaf.
            for (int node = (winner + k) >> 1; node > 0; node >>= 1) {
                if (after(winner, tree[node])) {
                    int loser = winner;
                    winner = tree[node];
                    tree[node] = loser;
                }
            }
            tree[0] = winner;
            return record;
        }

        @Override
        public void close() {
            closed = true;
            for (Cursor<T> cursor : all) {
                cursor.close();
            }
        }
    }
}
