package org.infradigest.stats;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures reading a generated 1,000,000-row tidy CSV from a temp folder: rows per second and heap
 * used. With {@code cells} as second argument it generates an OpenCelliD export instead, to show the
 * counting adapter's memory stays flat. A runner, not a test: timings depend on the machine, so
 * nothing here asserts them.
 *
 * <pre>
 * ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -Xmx64m -cp target/test-classes:target/classes:$(cat cp.txt) org.infradigest.stats.TidyCsvReadBenchmark [rows] [tidy|cells]
 * </pre>
 */
public final class TidyCsvReadBenchmark {

    private TidyCsvReadBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        Path folder = Files.createTempDirectory("stats-benchmark");
        boolean cells = args.length > 1 && args[1].equals("cells");
        Path file = folder.resolve(cells ? "generated_cells_2022-09-10.csv" : "generated_tidy.csv");
        try {
            try (InputStream in = cells ? GeneratedCsv.cellExport(rows) : GeneratedCsv.tidy(rows); OutputStream out = Files.newOutputStream(file)) {
                in.transferTo(out);
            }
            StatsFileReader reader = StatsFixtures.reader();
            // A warm-up read of a small file, so the figure is not mostly class loading.
            reader.read("warmup.csv", GeneratedCsv.tidy(50_000), java.util.Optional.empty(), f -> { }, r -> { });
            System.gc();
            long before = usedHeap();
            resetPeaks();
            AtomicLong facts = new AtomicLong();
            AtomicLong rejects = new AtomicLong();
            long start = System.nanoTime();
            ReadSummary summary = reader.read(file, f -> facts.incrementAndGet(), r -> rejects.incrementAndGet());
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("file: %,d bytes, %,d rows%n", Files.size(file), summary.rows());
            System.out.printf("read: %.2f s, %,.0f rows/s, %,d facts, %,d rejects%n", seconds, summary.rows() / seconds,
                    facts.get(), rejects.get());
            System.out.printf("heap: %,d KB used before, peak %,d KB during the read (max heap %,d MB)%n",
                    before / 1024, peakHeap() / 1024, Runtime.getRuntime().maxMemory() / (1024 * 1024));
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder);
        }
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    // Sum of the heap pools' peaks: an upper bound of what the read needed, garbage included.
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
