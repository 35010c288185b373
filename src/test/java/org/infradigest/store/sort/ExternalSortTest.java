package org.infradigest.store.sort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExternalSortTest {

    private static final Comparator<Item> ORDER = Comparator.comparing(Item::key).thenComparingInt(Item::id);

    @TempDir
    Path temp;

    @Test
    void whatFitsInTheBudgetIsSortedInMemoryWithoutTouchingTheDisk() {
        // given
        Path workspace = temp.resolve("sort");
        List<Item> items = items(1_000, 1);

        // when
        List<Item> sorted;
        try (ExternalSort<Item> sort = new ExternalSort<>(ORDER, new ItemCodec(), workspace, 10_000_000)) {
            try (ExternalSort<Item>.Producer producer = sort.producer()) {
                items.forEach(producer::add);
            }
            sorted = drain(sort);
            assertThat(sort.spilledRuns()).isZero();
        }

        // then
        assertThat(sorted).containsExactlyElementsOf(items.stream().sorted(ORDER).toList());
        assertThat(workspace).doesNotExist();
    }

    @Test
    void runsOverTheBudgetSpillAndMergeBackInOrderFromSeveralThreads() throws Exception {
        // given: four producers on four threads, each spilling every ~50 items
        Path workspace = temp.resolve("sort");
        List<List<Item>> parts = List.of(items(5_000, 2), items(3_000, 3), items(1, 4), items(0, 5));

        // when
        List<Item> sorted;
        try (ExternalSort<Item> sort = new ExternalSort<>(ORDER, new ItemCodec(), workspace, 50 * 100)) {
            ExecutorService threads = Executors.newFixedThreadPool(parts.size());
            try {
                List<Future<?>> done = new ArrayList<>();
                for (List<Item> part : parts) {
                    done.add(threads.submit(() -> {
                        try (ExternalSort<Item>.Producer producer = sort.producer()) {
                            part.forEach(producer::add);
                        }
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                threads.shutdown();
            }
            assertThat(sort.spilledRuns()).isGreaterThan(100);
            assertThat(files(workspace)).isEqualTo(sort.spilledRuns());
            sorted = drain(sort);
        }

        // then: every item once, in order, and the runs are gone
        List<Item> expected = parts.stream().flatMap(List::stream).sorted(ORDER).toList();
        assertThat(sorted).containsExactlyElementsOf(expected);
        assertThat(workspace).doesNotExist();
    }

    @Test
    void runsSpilledFromMemoryMergeAgainAsOftenAsAsked() throws Exception {
        // given: two producers, one of them over the budget (runs on disk), both with a run left in memory
        Path workspace = temp.resolve("sort");
        List<Item> items = items(700, 6);
        List<Item> expected = items.stream().sorted(ORDER).toList();

        try (ExternalSort<Item> sort = new ExternalSort<>(ORDER, new ItemCodec(), workspace, 250 * 100)) {
            try (ExternalSort<Item>.Producer first = sort.producer();
                 ExternalSort<Item>.Producer second = sort.producer()) {
                items.subList(0, 600).forEach(first::add);
                items.subList(600, 700).forEach(second::add);
            }
            int spilledBefore = sort.spilledRuns();

            // when
            sort.spillInMemory();

            // then: the two runs held in memory are files too, and every merge gives every item in order
            assertThat(sort.spilledRuns()).isEqualTo(spilledBefore + 2);
            assertThat(files(workspace)).isEqualTo(sort.spilledRuns());
            assertThat(drain(sort)).containsExactlyElementsOf(expected);
            assertThat(drain(sort)).containsExactlyElementsOf(expected);
        }
        assertThat(workspace).doesNotExist();
    }

    @Test
    void runsHeldInMemoryAreMergedOnce() {
        try (ExternalSort<Item> sort = new ExternalSort<>(ORDER, new ItemCodec(), temp.resolve("s"), 10_000_000)) {
            try (ExternalSort<Item>.Producer producer = sort.producer()) {
                items(10, 7).forEach(producer::add);
            }
            assertThat(drain(sort)).hasSize(10);

            // a second merge would find the records let go of: it is refused rather than short
            assertThatIllegalStateException().isThrownBy(sort::sorted);
            assertThatIllegalStateException().isThrownBy(sort::spillInMemory);
        }
    }

    @Test
    void anyNumberOfRunsMergesInOrderAndEqualRecordsKeepTheirRunsOrder() throws Exception {
        // Compared by key only: equal records must come out in the order of their runs, which is the order they
        // were added in when one producer spills them all.
        Comparator<Item> byKey = Comparator.comparing(Item::key);
        for (int runs : new int[] {1, 2, 3, 7, 8, 63, 64, 65, 100}) {
            List<Item> items = items(runs * 20 - 7, runs);
            Path workspace = temp.resolve("sort-" + runs);
            try (ExternalSort<Item> sort = new ExternalSort<>(byKey, new ItemCodec(), workspace, 20 * 100)) {
                try (ExternalSort<Item>.Producer producer = sort.producer()) {
                    items.forEach(producer::add);
                }
                sort.spillInMemory();
                assertThat(sort.spilledRuns()).as("runs").isEqualTo(runs);

                List<Item> merged = drain(sort);

                assertThat(merged).as("%d runs", runs).containsExactlyElementsOf(items.stream().sorted(byKey).toList());
            }
        }
    }

    @Test
    void moreRunsThanOneMergeOpensAreMergedFirstOldestFirstAndEqualRecordsKeepTheirOrder() throws Exception {
        // given: one producer spilling 2.5 times as many runs as a merge reads at once, keys that repeat across runs
        Comparator<Item> byKey = Comparator.comparing(Item::key);
        int runs = ExternalSort.MAX_FAN_IN * 5 / 2;
        List<Item> items = items(runs * 20, 9);
        List<Item> expected = items.stream().sorted(byKey).toList();
        Path workspace = temp.resolve("sort");
        try (ExternalSort<Item> sort = new ExternalSort<>(byKey, new ItemCodec(), workspace, 20 * 100)) {
            try (ExternalSort<Item>.Producer producer = sort.producer()) {
                items.forEach(producer::add);
            }
            sort.spillInMemory();
            assertThat(sort.spilledRuns()).isEqualTo(runs);

            // when
            List<Item> merged = drain(sort);

            // then: in order, stable, from at most a merge's worth of files, the merged ones deleted
            assertThat(merged).containsExactlyElementsOf(expected);
            assertThat(sort.spilledRuns()).isEqualTo(ExternalSort.MAX_FAN_IN);
            assertThat(files(workspace)).isEqualTo(ExternalSort.MAX_FAN_IN);
            // and the runs kept for the next reader give the same again
            assertThat(drain(sort)).containsExactlyElementsOf(expected);
        }
        assertThat(workspace).doesNotExist();
    }

    @Test
    void aClosedMergeHasNothingMore() {
        try (ExternalSort<Item> sort = new ExternalSort<>(ORDER, new ItemCodec(), temp.resolve("s"), 5 * 100)) {
            try (ExternalSort<Item>.Producer producer = sort.producer()) {
                items(50, 8).forEach(producer::add);
            }
            SortedStream<Item> stream = sort.sorted();
            stream.next();

            stream.close();

            assertThat(stream.hasNext()).isFalse();
        }
    }

    @Test
    void nothingAddedIsAnEmptyStream() {
        try (ExternalSort<Item> sort = new ExternalSort<>(ORDER, new ItemCodec(), temp.resolve("s"), 100);
             SortedStream<Item> stream = sort.sorted()) {
            assertThat(stream.hasNext()).isFalse();
        }
    }

    private static List<Item> drain(ExternalSort<Item> sort) {
        List<Item> out = new ArrayList<>();
        try (SortedStream<Item> stream = sort.sorted()) {
            stream.forEachRemaining(out::add);
        }
        return out;
    }

    private static long files(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.count();
        }
    }

    /** Keys with repeats, nulls never (the order is total through the id), some non-ASCII text. */
    private static List<Item> items(int n, long seed) {
        Random random = new Random(seed);
        List<Item> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            items.add(new Item(random.nextBoolean() ? "k" + random.nextInt(100) : "北京" + random.nextInt(50),
                    (int) (seed * 1_000_000 + i)));
        }
        return items;
    }

    record Item(String key, int id) {
    }

    private static final class ItemCodec implements RunCodec<Item> {
        @Override
        public void write(Item record, DataOutput out) throws IOException {
            out.writeUTF(record.key());
            out.writeInt(record.id());
        }

        @Override
        public Item read(DataInput in) throws IOException {
            return new Item(in.readUTF(), in.readInt());
        }

        @Override
        public long heapBytes(Item record) {
            return 100;
        }
    }
}
