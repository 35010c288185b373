package org.infradigest.store.sort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Where external sorts spill and how much heap they may use: one folder per sort under {@code root}, deleted when
 * the sort closes. A folder that no sort of this process uses was left by a run that was killed, and goes (one
 * process per data folder: the run lock).
 */
public final class SortWorkspace {

    private static final Set<Path> ACTIVE = ConcurrentHashMap.newKeySet();

    private final Path root;
    private final long memoryBudget;

    /** @param memoryBudget estimated heap bytes one sort may hold in all its runs together before spilling */
    public SortWorkspace(Path root, long memoryBudget) {
        this.root = root.toAbsolutePath();
        this.memoryBudget = memoryBudget;
    }

    /**
     * The nightly run's budget: a thirtieth of the heap, at most 128 MB. Runs held in memory live through several
     * young collections, each of which copies them: with a fifth, reconcile (two sorts at once) spent a quarter
     * of its time collecting; with a tenth, on the benchmark's target preset (-Xmx512m, 58 runs of facts), the
     * collector took 2.12 to 2.60 s of reconcile against 1.64 to 2.14 s with a thirtieth (170 runs, merged in one
     * pass), and reconcile took 0.6 to 1.5 s longer in four of five alternating pairs (warm nights).
     */
    public static long defaultMemoryBudget() {
        return Math.min(128L << 20, Runtime.getRuntime().maxMemory() / 30);
    }

    public long memoryBudget() {
        return memoryBudget;
    }

    /** A new sort whose producers share the budget ({@code producers} of them at once). */
    public <T> ExternalSort<T> newSort(Comparator<? super T> order, RunCodec<T> codec, int producers) {
        Path folder = newFolder(root);
        return new ExternalSort<>(order, codec, folder, memoryBudget / Math.max(1, producers),
                () -> ACTIVE.remove(folder));
    }

    /** One at a time: another sort's folder must be registered before anyone looks for stale ones. */
    private static synchronized Path newFolder(Path root) {
        try {
            Files.createDirectories(root);
            try (Stream<Path> folders = Files.list(root)) {
                for (Path stale : folders.filter(p -> p.getFileName().toString().startsWith("sort-")
                        && !ACTIVE.contains(p)).toList()) {
                    deleteTree(stale);
                }
            }
            Path folder = Files.createTempDirectory(root, "sort-");
            ACTIVE.add(folder);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the sort folder under " + root, e);
        }
    }

    /**
     * Deletes a folder no sort of this process uses. It may be gone already: a sort closing on another thread
     * deletes its folder and only then leaves {@code ACTIVE}, so a folder listed while its sort was open can have
     * gone by the time it is found unused.
     */
    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (NoSuchFileException e) {
            // gone: what was wanted
        } catch (UncheckedIOException e) {
            if (!(e.getCause() instanceof NoSuchFileException)) {
                throw e;
            }
        }
    }
}
