package org.infradigest.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.infradigest.InfraDigestApplication;
import org.infradigest.extract.ExtractionEngine;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The benchmark: generates (or reuses) a corpus, runs the real nightly job on it in this JVM, prints per step
 * items, seconds, items/s and MB/s, the run's wall time, peak heap and peak RSS; then times the libraries'
 * floors on the same data in the same JVM and prints our time / floor per stage. Launched by {@code bench/run}
 * with {@code -Xmx512m}; see the README's Benchmark section.
 *
 * <pre>
 * BenchCommand small|mid|target|custom:ARTICLES:ROWS [--seed=N] [--work=target/bench] [--no-floors]
 *              [--warm-up=small|mid|target|custom:ARTICLES:ROWS]
 * </pre>
 *
 * With {@code --warm-up} the job first runs on that preset in the same JVM, as the previous night has in scheduled
 * mode (the process stays up): the measured night then runs on code the JIT has compiled, as the floors do.
 */
public final class BenchCommand {

    private static final String RUN_DATE = "2025-07-01";
    private static final int EXTRACT_FLOOR_SAMPLE = 10_000;

    private BenchCommand() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: bench/run small|mid|target|custom:ARTICLES:ROWS [--seed=N] [--work=DIR]"
                    + " [--no-floors] [--warm-up=PRESET]");
            System.exit(2);
        }
        BenchPreset.Sizes sizes = BenchPreset.parse(args[0]);
        long seed = 20250701L;
        Path work = Path.of("target", "bench");
        boolean floors = true;
        BenchPreset.Sizes warmUp = null;
        for (String arg : List.of(args).subList(1, args.length)) {
            if (arg.startsWith("--seed=")) {
                seed = Long.parseLong(arg.substring(7));
            } else if (arg.startsWith("--work=")) {
                work = Path.of(arg.substring(7));
            } else if (arg.equals("--no-floors")) {
                floors = false;
            } else if (arg.startsWith("--warm-up=")) {
                warmUp = BenchPreset.parse(arg.substring("--warm-up=".length()));
            } else {
                System.err.println("unknown option " + arg);
                System.exit(2);
            }
        }
        Path folder = work.resolve(sizes.id() + "-" + seed).toAbsolutePath();
        Path corpus = corpus(folder, sizes, seed);
        Path run = folder.resolve("run");
        deleteRecursively(run);

        long newsBytes = CorpusGenerator.sizeOf(corpus.resolve("news"));
        long statsBytes = CorpusGenerator.sizeOf(corpus.resolve("stats"));
        System.out.printf(Locale.ROOT, "%nbench %s: %,d articles (%.1f MB news), %,d statistics rows (%.1f MB), "
                        + "%d cores, max heap %d MB, %s%n", sizes.id(), sizes.articles(), mb(newsBytes),
                sizes.statRows(), mb(statsBytes), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.name") + " "
                        + System.getProperty("java.version"));

        if (warmUp != null) {
            warmUp(work, warmUp, seed);
        }

        // --- the real job
        inPageCache(corpus, "the night");
        System.gc();
        resetPeaks();
        HeapSampler heap = HeapSampler.start();
        CpuSampler cpu = CpuSampler.start();
        long rssBefore = resetPeakRss();
        long start = System.nanoTime();
        long startMillis = System.currentTimeMillis();
        int exit = runJob(corpus, run, "INFO");
        double wall = (System.nanoTime() - start) / 1e9;
        heap.stop();
        cpu.stop();
        long peakPools = peakHeap();
        long peakRss = peakRss();

        Path outputDir = run.resolve("output").resolve(RUN_DATE);
        long outputBytes = Files.isDirectory(outputDir) ? CorpusGenerator.sizeOf(outputDir) : 0;
        String url = "jdbc:h2:file:" + run.resolve("data").resolve("infradigest");
        Counts counts;
        List<StepFigures> steps;
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            steps = steps(db);
            counts = counts(db);
        }
        if (exit != 0 || steps.stream().anyMatch(s -> !s.status.equals("COMPLETED"))) {
            System.out.println("the job did not complete (exit " + exit + "): " + steps);
        }

        // --- floors on the same data, same JVM
        Map<String, Double> floor = new LinkedHashMap<>();
        Map<String, String> floorParts = new LinkedHashMap<>();
        if (floors) {
            inPageCache(corpus, "the floors");
            ExtractionEngine engine = ExtractionEngine.fromClasspath();
            Path floorDb = folder.resolve("floor");
            try (Connection db = Floors.freshDatabase(floorDb);
                 Connection runDb = DriverManager.getConnection(url, "sa", "")) {
                measure(floor, floorParts, "ingestNews", () -> {
                    double readNews = Floors.readRaw(corpus.resolve("news"));
                    double parseNews = Floors.parseNews(corpus.resolve("news"));
                    double insertArticles = Floors.insertArticles(db, counts.articles, counts.avgBodyChars);
                    return new double[] {readNews, parseNews, insertArticles};
                }, "read files %.2f + parse with jsoup/ROME/Jackson on " + Runtime.getRuntime().availableProcessors()
                        + " cores %.2f + insert articles %.2f");
                measure(floor, floorParts, "ingestStats", () -> {
                    double readStats = Floors.readRaw(corpus.resolve("stats"));
                    double parseStats = Floors.parseStats(corpus.resolve("stats"));
                    double insertStats = Floors.insertFacts(db, "stat_fact", counts.statFacts);
                    return new double[] {readStats, parseStats, insertStats};
                }, "read files %.2f + parse with commons-csv %.2f + insert facts %.2f");
                measure(floor, floorParts, "extractFacts", () -> {
                    double scanArticles = Floors.scanArticles(runDb);
                    double extract = Floors.extractAllCores(runDb, engine, EXTRACT_FLOOR_SAMPLE, counts.articles);
                    double insertNews = Floors.insertFacts(db, "news_fact", counts.newsFacts);
                    return new double[] {scanArticles, extract, insertNews};
                }, "scan articles %.2f + engine on " + Runtime.getRuntime().availableProcessors()
                        + " cores %.2f (from a random sample of about " + EXTRACT_FLOOR_SAMPLE
                        + " articles) + insert facts %.2f");
                measure(floor, floorParts, "reconcile", () -> {
                    double scan = Floors.scanFacts(runDb);
                    double insertFigures = Floors.insertFacts(db, "figure_floor", counts.figures);
                    double insertConflicts = Floors.insertFacts(db, "conflict_floor", counts.conflicts);
                    return new double[] {scan, insertFigures, insertConflicts};
                }, "scan facts %.2f + insert figures %.2f + insert conflicts %.2f");
                measure(floor, floorParts, "publish", () -> new double[] {
                        Floors.publishFloor(runDb, folder.resolve("floor-output"))},
                        "scan facts, figures, conflicts, sources, statements into SXSSF sheets, facts also as CSV %.2f");
            }
            deleteRecursively(floorDb);
        }

        // --- report
        Map<String, Long> stepBytes = Map.of("ingestNews", newsBytes, "ingestStats", statsBytes, "publish",
                outputBytes);
        System.out.println();
        System.out.printf("%-13s %10s %9s %10s %8s %9s %7s %6s %6s %6s %8s %8s %9s%n", "step", "items", "seconds",
                "items/s", "MB/s", "floor s", "ratio", "cores", "GC s", "JIT s", "heap MB", "live MB", "wrote MB");
        for (StepFigures s : steps) {
            long items = s.items();
            Long bytes = stepBytes.get(s.name);
            Double f = floor.get(s.name);
            double jit = cpu.jitSecondsBetween(s.startMillis, s.endMillis);
            double wrote = cpu.writtenMbBetween(s.startMillis, s.endMillis);
            System.out.printf(Locale.ROOT, "%-13s %10d %9.2f %10s %8s %9s %7s %6.2f %6.2f %6s %8d %8d %9s%s%n", s.name,
                    items,
                    s.seconds,
                    s.seconds > 0 && s.status.equals("COMPLETED")
                            ? String.format(Locale.ROOT, "%.0f", items / s.seconds) : "-",
                    bytes != null && s.seconds > 0 && s.status.equals("COMPLETED")
                            ? String.format(Locale.ROOT, "%.1f", mb(bytes) / s.seconds) : "-",
                    f == null ? "-" : String.format(Locale.ROOT, "%.2f", f),
                    f == null || f <= 0 ? "-" : String.format(Locale.ROOT, "%.2f", s.seconds / f),
                    cpu.coresBetween(s.startMillis, s.endMillis),
                    cpu.gcSecondsBetween(s.startMillis, s.endMillis),
                    Double.isNaN(jit) ? "-" : String.format(Locale.ROOT, "%.2f", jit),
                    heap.peakBetween(s.startMillis, s.endMillis) >> 20,
                    heap.peakAfterGcBetween(s.startMillis, s.endMillis) >> 20,
                    Double.isNaN(wrote) ? "-" : String.format(Locale.ROOT, "%.0f", wrote),
                    s.status.equals("COMPLETED") ? "" : "  " + s.status);
        }
        printCpuByThread(steps, cpu);
        double job = steps.stream().mapToDouble(s -> s.seconds).sum();
        long endMillis = startMillis + (long) (wall * 1000);
        double wrote = cpu.writtenMbBetween(startMillis, endMillis);
        System.out.printf(Locale.ROOT, "%nwall: %.1f s for the whole run (job steps %.1f s, the rest is start-up), "
                + "%.2f cores busy on average, %.1f s in the garbage collector, %.1f CPU-s in the JIT's compiler threads"
                + "%s%n",
                wall, job,
                cpu.coresBetween(startMillis, endMillis),
                cpu.gcSecondsBetween(startMillis, endMillis),
                cpu.jitSecondsBetween(startMillis, endMillis),
                Double.isNaN(wrote) ? "" : String.format(Locale.ROOT, ", %.0f MB written (database, sort runs, outputs)",
                        wrote));
        System.out.printf(Locale.ROOT, "peak heap: %d MB used (sampled every 10 ms; sum of the pools' own peaks %d MB), "
                        + "at most %d MB left after a GC (live MB per step above); peak RSS: %s%n", heap.peakUsed() >> 20, peakPools >> 20,
                heap.peakAfterGc() >> 20,
                peakRss > 0 ? (peakRss >> 20) + " MB" + (rssBefore == 0 ? "" : " (incl. generation)") : "n/a");
        System.out.printf(Locale.ROOT, "stored: %,d articles, %,d news facts, %,d statistics facts, %,d figures, "
                        + "%,d conflicts; output %.1f MB%n", counts.articles, counts.newsFacts, counts.statFacts,
                counts.figures, counts.conflicts, mb(outputBytes));
        if (floors) {
            System.out.println("floors:");
            floorParts.forEach((step, parts) -> System.out.printf(Locale.ROOT, "  %-13s %6.2f s = %s%n", step,
                    floor.getOrDefault(step, Double.NaN), parts));
        }
        System.exit(exit);
    }

    /** Threads' groups shown by name for each step; the rest are added up as "others". */
    private static final int THREAD_GROUPS_SHOWN = 7;

    /** Where each step's CPU went, by thread: what makes a step's cores and a ratio to its floor. */
    private static void printCpuByThread(List<StepFigures> steps, CpuSampler cpu) {
        boolean header = false;
        for (StepFigures s : steps) {
            List<Map.Entry<String, Double>> used = cpu.cpuByThreadBetween(s.startMillis, s.endMillis);
            if (used.isEmpty()) {
                continue;
            }
            if (!header) {
                System.out.println("\nCPU-s by thread, as Linux names them (15 characters; a pool's threads together):"
                        + " java is the main thread, ForkJoinPool carries the partitions' virtual threads, C1 and C2"
                        + " CompilerThre are the JIT, GC Thread the collector");
                header = true;
            }
            StringBuilder line = new StringBuilder();
            double others = 0;
            for (int i = 0; i < used.size(); i++) {
                if (i < THREAD_GROUPS_SHOWN) {
                    line.append(i == 0 ? "" : ", ").append(used.get(i).getKey())
                            .append(String.format(Locale.ROOT, " %.2f", used.get(i).getValue()));
                } else {
                    others += used.get(i).getValue();
                }
            }
            if (others > 0) {
                line.append(String.format(Locale.ROOT, ", others %.2f", others));
            }
            System.out.printf(Locale.ROOT, "%-13s %6.2f = %s%n", s.name,
                    used.stream().mapToDouble(Map.Entry::getValue).sum(), line);
        }
    }

    /** The nightly job on the corpus, its database and outputs under {@code run}; returns the exit code. */
    private static int runJob(Path corpus, Path run, String summaryLevel) {
        try {
            ConfigurableApplicationContext context = SpringApplication.run(InfraDigestApplication.class,
                    "--infradigest.input=" + corpus,
                    "--infradigest.data=" + run.resolve("data"),
                    "--infradigest.output=" + run.resolve("output"),
                    "--infradigest.run-date=" + RUN_DATE,
                    "--logging.level.org.infradigest=WARN",
                    "--logging.level.org.infradigest.job.RunSummaryLogger=" + summaryLevel,
                    "--logging.level.org.infradigest.publish.DigestPublisher=" + summaryLevel,
                    "--logging.level.org.infradigest.reconcile.ReconcileTasklet=" + summaryLevel);
            return SpringApplication.exit(context);
        } catch (RuntimeException e) {
            // e.g. a step ran out of heap and H2 closed the database under the job: report what was recorded
            System.out.println("the run failed: " + e);
            return 1;
        }
    }

    /**
     * Reads every corpus file once, untimed, so that the night and the floors both find the input in the OS page
     * cache, as a freshly generated corpus is. A machine that pages out idle file pages (this one's kernel does
     * after about a minute) otherwise gave the night a reused corpus from disk, and the floors, which read it
     * right after the night, from memory: ingestNews took 17.6 to 18.4 s on the target corpus from disk, 14.8 and
     * 16.1 s from memory.
     */
    private static void inPageCache(Path corpus, String before) throws IOException {
        System.out.printf(Locale.ROOT, "corpus read once before %s, so that it is in the page cache: %.2f s%n", before,
                Floors.readRaw(corpus));
    }

    /** Runs the job once on the warm-up preset's corpus (generated if need be), then deletes that run's files. */
    private static void warmUp(Path work, BenchPreset.Sizes sizes, long seed) throws IOException {
        Path folder = work.resolve(sizes.id() + "-" + seed).toAbsolutePath();
        Path corpus = corpus(folder, sizes, seed);
        Path run = folder.resolve("warm-up-run");
        deleteRecursively(run);
        long start = System.nanoTime();
        int exit = runJob(corpus, run, "WARN");
        System.out.printf(Locale.ROOT, "warm-up: the job ran on the %s preset in this JVM first, as the night before "
                + "does in scheduled mode: %.1f s, exit %d%n", sizes.id(), (System.nanoTime() - start) / 1e9, exit);
        deleteRecursively(run);
        if (exit != 0) {
            System.out.println("the warm-up run did not complete; the measured night would not be warm");
            System.exit(exit);
        }
    }

    interface Floor {
        double[] parts() throws Exception;
    }

    /** Times one stage's floor; a floor that fails is reported and left out, the others still run. */
    private static void measure(Map<String, Double> floor, Map<String, String> parts, String step, Floor timing,
                                String format) {
        try {
            double[] seconds = timing.parts();
            floor.put(step, java.util.Arrays.stream(seconds).sum());
            parts.put(step, String.format(Locale.ROOT, format, java.util.Arrays.stream(seconds).boxed().toArray()));
        } catch (Exception | OutOfMemoryError e) {
            parts.put(step, "failed: " + e);
        }
        System.out.printf(Locale.ROOT, "floor %-13s %s%n", step, parts.get(step));
    }

    private static Path corpus(Path folder, BenchPreset.Sizes sizes, long seed) throws IOException {
        Path corpus = folder.resolve("corpus");
        Path done = folder.resolve("corpus.done");
        if (Files.exists(done)) {
            System.out.println("reusing corpus " + corpus);
            return corpus;
        }
        deleteRecursively(corpus);
        long start = System.nanoTime();
        CorpusGenerator.Summary summary = new CorpusGenerator(seed).generate(corpus, sizes.articles(),
                sizes.statRows());
        Files.writeString(done, summary.toString());
        System.out.printf(Locale.ROOT, "generated %s in %.1f s: %s%n", corpus, (System.nanoTime() - start) / 1e9,
                summary);
        return corpus;
    }

    record StepFigures(String name, String status, long read, long written, long filtered, double seconds,
                       long startMillis, long endMillis) {
        long items() {
            return Math.max(read, written);
        }
    }

    record Counts(long articles, long newsFacts, long statFacts, long figures, long conflicts, int avgBodyChars) {
    }

    private static List<StepFigures> steps(Connection db) throws SQLException {
        List<StepFigures> steps = new ArrayList<>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("""
                     SELECT step_name, status, read_count, write_count, filter_count, start_time, end_time,
                            last_updated
                     FROM batch_step_execution
                     WHERE job_execution_id = (SELECT MAX(job_execution_id) FROM batch_job_execution)
                       AND step_name NOT LIKE '%:%'
                     ORDER BY step_execution_id""")) {
            while (rs.next()) {
                Timestamp startTime = rs.getTimestamp(6);
                Timestamp endTime = rs.getTimestamp(7);
                double seconds = startTime == null ? 0 : ((endTime == null ? lastUpdated(rs) : endTime.getTime())
                        - startTime.getTime()) / 1000.0;
                long startMillis = startTime == null ? 0 : startTime.getTime();
                steps.add(new StepFigures(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), seconds, startMillis, startMillis + (long) (seconds * 1000)));
            }
        }
        return steps;
    }

    private static long lastUpdated(ResultSet rs) throws SQLException {
        Timestamp last = rs.getTimestamp(8);
        return last == null ? 0 : last.getTime();
    }

    private static Counts counts(Connection db) throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("""
                     SELECT (SELECT COUNT(*) FROM article),
                            (SELECT COUNT(*) FROM fact WHERE article_key IS NOT NULL),
                            (SELECT COUNT(*) FROM fact WHERE stats_file IS NOT NULL),
                            (SELECT COUNT(*) FROM figure),
                            (SELECT COUNT(*) FROM conflict),
                            (SELECT COALESCE(AVG(CHAR_LENGTH(body)), 0) FROM article_body)""")) {
            rs.next();
            return new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                    rs.getInt(6));
        }
    }

    // --- memory

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** Resets the kernel's peak RSS mark (VmHWM) so corpus generation does not count; returns -1 if it cannot. */
    private static long resetPeakRss() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
            return 0;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** VmHWM of /proc/self/status in bytes, or -1 where there is none. */
    private static long peakRss() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/self/status"))) {
            return lines.filter(l -> l.startsWith("VmHWM:")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) * 1024).orElse(-1L);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    // --- files

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
