package org.infradigest.store.sort;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SortWorkspaceTest {

    @TempDir
    Path temp;

    @Test
    void aFolderLeftByAKilledRunGoesWhenTheNextSortStartsAndAnOpenSortsFolderStays() throws Exception {
        // given: a folder with a run file from a run that was killed, and a sort of this process still open
        Path root = temp.resolve("sort");
        Path stale = Files.createDirectories(root.resolve("sort-1")).resolve("run-1.bin");
        Files.write(stale, new byte[] {1, 2, 3});
        SortWorkspace workspace = new SortWorkspace(root, 1_000);
        try (ExternalSort<Integer> open = spilling(workspace)) {
            List<Path> openFolders = folders(root);

            // when
            try (ExternalSort<Integer> next = spilling(workspace)) {

                // then
                assertThat(stale.getParent()).doesNotExist();
                assertThat(folders(root)).containsAll(openFolders).hasSize(2);
                assertThat(drain(open)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
                assertThat(drain(next)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
            }
        }
        assertThat(folders(root)).isEmpty();
    }

    /**
     * Publish fills its sheets on two threads, each opening and closing sorts. A sort that closes deletes its
     * folder, so a folder another thread has just listed can be gone by the time it is looked at: the nightly run
     * once failed there (NoSuchFileException from SortWorkspace.deleteTree).
     */
    @Test
    void sortsOpenedAndClosedOnSeveralThreadsAtOnceAllSucceed() throws Exception {
        // given
        Path root = temp.resolve("sort");
        SortWorkspace workspace = new SortWorkspace(root, 1_000);
        int threads = 4;
        int sortsEach = 400;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);

        // when
        List<Future<Integer>> sorted = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                sorted.add(pool.submit(() -> {
                    start.await();
                    int records = 0;
                    for (int i = 0; i < sortsEach; i++) {
                        try (ExternalSort<Integer> sort = spilling(workspace)) {
                            records += drain(sort).size();
                        }
                    }
                    return records;
                }));
            }

            // then: no sort failed, each gave back all its records, and every folder is gone
            for (Future<Integer> records : sorted) {
                assertThat(records.get()).isEqualTo(sortsEach * 10);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(folders(root)).isEmpty();
    }

    /** A sort of ten integers that spills every four (runs on disk, in its folder). */
    private static ExternalSort<Integer> spilling(SortWorkspace workspace) {
        ExternalSort<Integer> sort = workspace.newSort(Comparator.naturalOrder(), new IntCodec(), 1);
        try (ExternalSort<Integer>.Producer producer = sort.producer()) {
            for (int i = 9; i >= 0; i--) {
                producer.add(i);
            }
        }
        return sort;
    }

    private static List<Integer> drain(ExternalSort<Integer> sort) {
        List<Integer> out = new ArrayList<>();
        try (SortedStream<Integer> stream = sort.sorted()) {
            stream.forEachRemaining(out::add);
        }
        return out;
    }

    private static List<Path> folders(Path root) throws IOException {
        try (Stream<Path> list = Files.list(root)) {
            return list.toList();
        }
    }

    private static final class IntCodec implements RunCodec<Integer> {
        @Override
        public void write(Integer record, DataOutput out) throws IOException {
            out.writeInt(record);
        }

        @Override
        public Integer read(DataInput in) throws IOException {
            return in.readInt();
        }

        @Override
        public long heapBytes(Integer record) {
            return 250; // a budget of 1,000 bytes: a run spills every four records
        }
    }
}
