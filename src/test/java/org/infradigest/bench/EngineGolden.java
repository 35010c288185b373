package org.infradigest.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.infradigest.domain.Article;
import org.infradigest.domain.Extraction;
import org.infradigest.extract.ExtractionEngine;
import org.infradigest.news.NewsFileParser;

/**
 * A golden-output and speed harness for {@link ExtractionEngine} (a program, not a unit test): reads every news
 * file under the given folders with the real {@link NewsFileParser}, as ingestNews does, and either writes a
 * canonical dump of every extraction (to compare byte for byte before and after an engine change) or measures
 * articles per CPU-second of one thread.
 *
 * <pre>
 *   EngineGolden generate DIR SEED ARTICLES       writes a benchmark corpus (news/ and a few stats rows)
 *   EngineGolden dump OUT.txt FOLDER...           one block per article: its file and key, then every record
 *   EngineGolden pool POOL.txt FOLDER...          writes the titles and paragraphs of the folders' articles and
 *                                                 the extraction tests' string literals, one a line
 *   EngineGolden remix OUT.txt SEED N POOL.txt    dumps N articles mixed from the pool, in orders no corpus has
 *   EngineGolden bench RUNS FOLDER...             a warm-up pass, then RUNS timed passes; prints the median
 *   EngineGolden spin SECONDS FOLDER...           extracts in a loop, for a profiler
 * </pre>
 */
public final class EngineGolden {

    private EngineGolden() {
    }

    public static void main(String[] args) throws IOException {
        String mode = args[0];
        switch (mode) {
            case "generate" -> {
                Path dir = Path.of(args[1]);
                new CorpusGenerator(Long.parseLong(args[2])).generate(dir, Integer.parseInt(args[3]), 1_000);
            }
            case "dump" -> dump(Path.of(args[1]), articles(folders(args, 2)));
            case "pool" -> pool(Path.of(args[1]), articles(folders(args, 2)),
                    Path.of("src/test/java/org/infradigest/extract"));
            case "remix" -> dump(Path.of(args[1]), remix(Long.parseLong(args[2]), Integer.parseInt(args[3]),
                    Path.of(args[4])));
            case "bench" -> bench(Integer.parseInt(args[1]), articles(folders(args, 2)));
            case "spin" -> spin(Integer.parseInt(args[1]), articles(folders(args, 2)));
            default -> throw new IllegalArgumentException("unknown mode " + mode);
        }
    }

    private static List<Path> folders(String[] args, int from) {
        return Arrays.stream(args, from, args.length).map(Path::of).toList();
    }

    /** Articles of every readable news file under the folders, in a stable order (sorted paths). */
    static List<Article> articles(List<Path> folders) throws IOException {
        NewsFileParser parser = new NewsFileParser();
        List<Article> out = new ArrayList<>();
        for (Path folder : folders) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(folder)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                out.addAll(parser.parse(folder.relativize(file).toString(), Files.readAllBytes(file)).articles());
            }
        }
        return out;
    }

    private static final Pattern LITERAL = Pattern.compile("\"\"\"\\R(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
            Pattern.DOTALL);

    /**
     * The text to mix articles from: titles ("T ...") and paragraphs ("P ...") of the given articles and sentences
     * written in the extraction tests. Kept in a file so that later tests do not change what is mixed.
     */
    static void pool(Path out, List<Article> sources, Path testSources) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Article a : sources) {
            lines.add("T " + escape(a.title()));
            a.body().lines().filter(l -> !l.isBlank()).forEach(l -> lines.add("P " + escape(l)));
        }
        try (Stream<Path> walk = Files.walk(testSources)) {
            for (Path file : walk.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                Matcher m = LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    String text = m.group(1) != null ? m.group(1).stripIndent()
                            : m.group(2).replace("\\\"", "\"").replace("\\n", "\n").replace("\\\\", "\\");
                    if (text.length() >= 30 && text.contains(" ")) {
                        lines.add("P " + escape(text));
                    }
                }
            }
        }
        Files.write(out, lines, StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "%d titles and paragraphs -> %s%n", lines.size(), out);
    }

    /**
     * Articles that no corpus has: paragraphs of the pool shuffled into new bodies with random titles and dates, so
     * that what one sentence carries to the next (periods, regions, operators, speakers) meets new neighbours.
     */
    static List<Article> remix(long seed, int count, Path pool) throws IOException {
        List<String> paragraphs = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (String line : Files.readAllLines(pool, StandardCharsets.UTF_8)) {
            (line.startsWith("T ") ? titles : paragraphs).add(unescape(line.substring(2)));
        }
        SplittableRandom r = new SplittableRandom(seed);
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder body = new StringBuilder();
            int n = 2 + r.nextInt(12);
            for (int p = 0; p < n; p++) {
                body.append(paragraphs.get(r.nextInt(paragraphs.size()))).append('\n');
            }
            LocalDate published = r.nextInt(10) == 0 ? null : LocalDate.of(2019, 1, 1).plusDays(r.nextInt(2600));
            String title = r.nextInt(5) == 0 ? "" : titles.get(r.nextInt(titles.size()));
            out.add(new Article("remix-" + i, title, published, null, null, "remix-" + i + ".txt", "text",
                    body.toString()));
        }
        return out;
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char e = s.charAt(++i);
                out.append(e == 'n' ? '\n' : e == 'r' ? '\r' : e);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static void dump(Path out, List<Article> articles) throws IOException {
        ExtractionEngine engine = ExtractionEngine.fromClasspath();
        long records = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Article a : articles) {
                Extraction x = engine.extract(a);
                w.write("## " + a.file() + " " + a.key() + "\n");
                for (List<?> list : List.of(x.facts(), x.statements(), x.initiatives(), x.operators(),
                        x.licences())) {
                    for (Object record : list) {
                        // BigDecimal prints its scale too, so "1.50" and "1.5" differ here as they do in the output.
                        w.write(escape(record.toString()));
                        w.write('\n');
                        records++;
                    }
                    w.write("--\n");
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d articles, %d records -> %s%n", articles.size(), records, out);
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static void bench(int runs, List<Article> articles) {
        ExtractionEngine engine = ExtractionEngine.fromClasspath();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        long warm = threads.getCurrentThreadCpuTime();
        while (threads.getCurrentThreadCpuTime() - warm < 8_000_000_000L) {
            sink += pass(engine, articles); // warm-up: the JIT compiles the hot paths
        }
        double[] rates = new double[runs];
        for (int r = 0; r < runs; r++) {
            // Whole passes over the articles, at least 4 CPU-seconds, so a small corpus is timed as well as a big one.
            long cpu = threads.getCurrentThreadCpuTime();
            long extracted = 0;
            long spent;
            do {
                sink += pass(engine, articles);
                extracted += articles.size();
                spent = threads.getCurrentThreadCpuTime() - cpu;
            } while (spent < 4_000_000_000L);
            rates[r] = extracted / (spent / 1e9);
            System.out.printf(Locale.ROOT, "run %d: %d articles in %.3f CPU-s = %.0f articles/CPU-s%n", r + 1,
                    extracted, spent / 1e9, rates[r]);
        }
        double[] sorted = rates.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "median %.0f articles/CPU-s over %d runs (%d records seen)%n",
                sorted[runs / 2], runs, sink);
    }

    private static void spin(int seconds, List<Article> articles) {
        ExtractionEngine engine = ExtractionEngine.fromClasspath();
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        long passes = 0;
        while (System.nanoTime() < until) {
            pass(engine, articles);
            passes++;
        }
        System.out.println(passes + " passes");
    }

    private static long pass(ExtractionEngine engine, List<Article> articles) {
        long records = 0;
        for (Article a : articles) {
            Extraction x = engine.extract(a);
            records += x.facts().size() + x.statements().size() + x.initiatives().size()
                    + x.operators().size() + x.licences().size();
        }
        return records;
    }
}
