package org.infradigest.publish;

import org.infradigest.publish.csv.FactsCsvWriter;
import org.infradigest.publish.excel.ExcelDigestWriter;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Times writing digest.xlsx for a synthetic digest: a program, not a test, run once per JVM so that runs do not
 * warm each other up. {@code WorkbookBenchmark <facts> <file.xlsx> [xlsx|csv]}: with {@code csv} the facts.csv
 * is written in the same walk of the facts, as the publisher does. Prints wall seconds, CPU seconds of the
 * process, peak heap and the file size on one line.
 */
public final class WorkbookBenchmark {

    private WorkbookBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long facts = Long.parseLong(args[0]);
        Path file = Path.of(args[1]);
        boolean withCsv = args.length > 2 && args[2].equals("csv");
        DigestModel model = SyntheticDigest.of(facts);
        Files.deleteIfExists(file);
        Path csvFile = file.resolveSibling(file.getFileName() + ".csv");

        long cpuBefore = processCpuNanos();
        long started = System.nanoTime();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file));
             OutputStream csvOut = new BufferedOutputStream(Files.newOutputStream(csvFile))) {
            if (withCsv) {
                FactsCsvWriter.Rows csvRows = new FactsCsvWriter().open(csvOut);
                new ExcelDigestWriter().write(model.withFacts(new TeeRows<>(model.facts(),
                        df -> csvRows.accept(df.fact()))), out);
                csvRows.finish();
            } else {
                new ExcelDigestWriter().write(model, out);
            }
        }
        double wall = (System.nanoTime() - started) / 1e9;
        double cpu = (processCpuNanos() - cpuBefore) / 1e9;
        if (!withCsv) {
            Files.deleteIfExists(csvFile);
        }
        System.out.printf(Locale.ROOT, "facts %d%s wall %.2f s cpu %.2f s peak heap %d MB size %d bytes%n", facts,
                withCsv ? " +csv" : "", wall, cpu, peakHeap() >> 20, Files.size(file));
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap in use at any one time. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
