package org.infradigest.publish;

import org.infradigest.concurrent.BackgroundRows;
import org.infradigest.domain.Fact;
import org.infradigest.publish.csv.FactsCsvWriter;
import org.infradigest.publish.excel.ExcelDigestWriter;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Times writing digest.xlsx for a synthetic digest: a program, not a test, run once per JVM so that runs do not
 * warm each other up. {@code WorkbookBenchmark <facts> <file.xlsx> [xlsx|csv|csv-inline]}: with {@code csv}
 * facts.csv is written from the same walk of the facts, as the publisher does; with {@code csv-inline} on the
 * walk's own thread, as before. Prints on one line wall seconds, CPU seconds of the process, of the main thread
 * (the walk: on free cores the wall time tends to it) and of the compressing threads, peak heap and file size.
 */
public final class WorkbookBenchmark {

    private WorkbookBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long facts = Long.parseLong(args[0]);
        Path file = Path.of(args[1]);
        String mode = args.length > 2 ? args[2] : "xlsx";
        boolean withCsv = mode.startsWith("csv");
        DigestModel model = SyntheticDigest.of(facts);
        Files.deleteIfExists(file);
        Path csvFile = file.resolveSibling(file.getFileName() + ".csv");

        long cpuBefore = processCpuNanos();
        long mainBefore = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long started = System.nanoTime();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file));
             OutputStream csvOut = new BufferedOutputStream(Files.newOutputStream(csvFile))) {
            if (mode.equals("csv-inline")) {
                // facts.csv written on the walk's own thread, as before BackgroundRows.
                FactsCsvWriter.Rows csvRows = new FactsCsvWriter().open(csvOut);
                new ExcelDigestWriter().write(model.withFacts(new TeeRows<>(model.facts(),
                        df -> csvRows.accept(df.fact()))), out);
                csvRows.finish();
            } else if (withCsv) {
                // As DigestPublisher does it.
                FactsCsvWriter.Rows csvRows = new FactsCsvWriter().open(csvOut);
                try (BackgroundRows<Fact> csvLines = new BackgroundRows<>("facts.csv", csvRows)) {
                    new ExcelDigestWriter().write(model.withFacts(new TeeRows<>(model.facts(),
                            df -> csvLines.accept(df.fact()))), out);
                    csvLines.finish();
                }
                csvRows.finish();
            } else {
                new ExcelDigestWriter().write(model, out);
            }
        }
        double wall = (System.nanoTime() - started) / 1e9;
        double cpu = (processCpuNanos() - cpuBefore) / 1e9;
        // The walk's own thread: what the wall time cannot go below, however many cores help it.
        double main = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - mainBefore) / 1e9;
        if (!withCsv) {
            Files.deleteIfExists(csvFile);
        }
        double deflate = threadCpuNanos("xlsx-deflate-") / 1e9;
        System.out.printf(Locale.ROOT, "facts %d %s wall %.2f s cpu %.2f s (main thread %.2f, deflating %.2f, "
                        + "other %.2f) peak heap %d MB size %d bytes%n", facts, mode, wall, cpu, main, deflate,
                cpu - main - deflate, peakHeap() >> 20, Files.size(file));
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** CPU time of the live threads whose name starts with {@code prefix}. */
    private static long threadCpuNanos(String prefix) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return Arrays.stream(threads.getThreadInfo(threads.getAllThreadIds()))
                .filter(t -> t != null && t.getThreadName().startsWith(prefix))
                .mapToLong(t -> Math.max(0, threads.getThreadCpuTime(t.getThreadId()))).sum();
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap in use at any one time. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
