package org.infradigest.news;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.infradigest.bench.CorpusGenerator;
import org.infradigest.domain.Article;
import org.infradigest.domain.Reject;
import org.infradigest.input.ContentHash;

/**
 * A golden-output and speed harness for {@link NewsFileParser} (a program, not a unit test): parses every file
 * under the given folders as ingestNews does (20 MB limit) and either writes a canonical dump of every
 * {@link ParseResult}, to compare byte for byte before and after a change, or measures files per CPU-second of
 * one thread.
 *
 * <pre>
 *   NewsGolden generate DIR SEED ARTICLES     writes a benchmark corpus (news/ and a few stats rows)
 *   NewsGolden tricky DIR SEED FILES          writes hostile and odd files of every format (see NewsTrickyFiles)
 *   NewsGolden dump OUT.txt FOLDER...         one block per file: every article field and every reject
 *   NewsGolden bench RUNS FOLDER...           per format (first folder level below news/) and overall:
 *                                             a warm-up, then RUNS timed passes; prints the medians
 *   NewsGolden spin SECONDS FOLDER...         parses in a loop, for a profiler
 * </pre>
 */
public final class NewsGolden {

    private static final long MAX_BYTES = 20L * 1024 * 1024;

    private NewsGolden() {
    }

    public static void main(String[] args) throws IOException {
        switch (args[0]) {
            case "generate" -> System.out.println(new CorpusGenerator(Long.parseLong(args[2]))
                    .generate(Path.of(args[1]), Integer.parseInt(args[3]), 1_000));
            case "tricky" -> NewsTrickyFiles.write(Path.of(args[1]), Long.parseLong(args[2]),
                    Integer.parseInt(args[3]));
            case "dump" -> dump(Path.of(args[1]), files(folders(args, 2)));
            case "bench" -> bench(Integer.parseInt(args[1]), files(folders(args, 2)));
            case "spin" -> spin(Integer.parseInt(args[1]), files(folders(args, 2)));
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    private static List<Path> folders(String[] args, int from) {
        return Arrays.stream(args, from, args.length).map(Path::of).toList();
    }

    /** One input file: its name relative to its folder, a group for the benchmark, and its bytes. */
    record InputBytes(String name, String group, byte[] bytes) {
    }

    static List<InputBytes> files(List<Path> folders) throws IOException {
        List<InputBytes> out = new ArrayList<>();
        for (Path folder : folders) {
            List<Path> paths;
            try (Stream<Path> walk = Files.walk(folder)) {
                paths = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path path : paths) {
                String name = folder.relativize(path).toString();
                out.add(new InputBytes(name, group(name), Files.readAllBytes(path)));
            }
        }
        return out;
    }

    // The generator writes news/txt/..., news/html/..., news/rss/..., news/jsonl/...
    private static String group(String name) {
        String[] parts = name.split("/");
        return parts.length >= 3 && parts[0].equals("news") ? parts[1] : "other";
    }

    private static void dump(Path out, List<InputBytes> files) throws IOException {
        NewsFileParser parser = new NewsFileParser(MAX_BYTES);
        long articles = 0;
        long rejects = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (InputBytes file : files) {
                ParseResult result = parser.parse(file.name(), file.bytes());
                w.write("## " + escape(file.name()) + " " + result.articles().size() + " " + result.rejects().size()
                        + "\n");
                for (Article a : result.articles()) {
                    w.write("A key=" + a.key() + "\n");
                    w.write("  title=" + escape(a.title()) + "\n");
                    w.write("  published=" + a.published() + "\n");
                    w.write("  url=" + escape(a.url()) + "\n");
                    w.write("  outlet=" + escape(a.outlet()) + "\n");
                    w.write("  file=" + escape(a.file()) + "\n");
                    w.write("  format=" + escape(a.format()) + "\n");
                    w.write("  body=" + escape(a.body()) + "\n");
                }
                for (Reject r : result.rejects()) {
                    w.write("R " + escape(r.step()) + " | " + escape(r.file()) + " | " + escape(r.location()) + " | "
                            + escape(r.reason()) + "\n");
                }
                articles += result.articles().size();
                rejects += result.rejects().size();
            }
        }
        System.out.printf(Locale.ROOT, "%d files, %d articles, %d rejects -> %s%n", files.size(), articles, rejects,
                out);
    }

    /** One line, and writable as UTF-8 even with lone surrogates (JSON can carry them). */
    private static String escape(String s) {
        if (s == null) {
            return "<null>";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                out.append("\\\\");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static void bench(int runs, List<InputBytes> files) {
        Map<String, List<InputBytes>> groups = new LinkedHashMap<>();
        for (InputBytes file : files) {
            groups.computeIfAbsent(file.group(), unused -> new ArrayList<>()).add(file);
        }
        groups.put("all", files);
        NewsFileParser parser = new NewsFileParser(MAX_BYTES);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        long warm = threads.getCurrentThreadCpuTime();
        while (threads.getCurrentThreadCpuTime() - warm < 10_000_000_000L) {
            sink += pass(parser, files); // warm-up: the JIT compiles the hot paths
        }
        for (Map.Entry<String, List<InputBytes>> group : groups.entrySet()) {
            List<InputBytes> some = group.getValue();
            long bytes = some.stream().mapToLong(f -> f.bytes().length).sum();
            double[] filesRate = new double[runs];
            double[] mbRate = new double[runs];
            for (int r = 0; r < runs; r++) {
                // whole passes, at least 3 CPU-seconds, so a small group is timed as well as a big one
                long cpu = threads.getCurrentThreadCpuTime();
                long passes = 0;
                long spent;
                do {
                    sink += pass(parser, some);
                    passes++;
                    spent = threads.getCurrentThreadCpuTime() - cpu;
                } while (spent < 3_000_000_000L);
                filesRate[r] = passes * some.size() / (spent / 1e9);
                mbRate[r] = passes * bytes / 1e6 / (spent / 1e9);
            }
            Arrays.sort(filesRate);
            Arrays.sort(mbRate);
            System.out.printf(Locale.ROOT, "%-6s %6d files %8.1f MB: median %8.1f files/CPU-s %6.2f MB/CPU-s"
                            + " (runs %s)%n", group.getKey(), some.size(), bytes / 1e6, filesRate[runs / 2],
                    mbRate[runs / 2], Arrays.toString(Arrays.stream(filesRate).mapToLong(Math::round).toArray()));
        }
        System.out.println("(" + sink + ")");
    }

    private static void spin(int seconds, List<InputBytes> files) {
        NewsFileParser parser = new NewsFileParser(MAX_BYTES);
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        long passes = 0;
        while (System.nanoTime() < until) {
            pass(parser, files);
            passes++;
        }
        System.out.println(passes + " passes");
    }

    /** What {@link NewsFileProcessor#process} does with the bytes once they are read. */
    private static long pass(NewsFileParser parser, List<InputBytes> files) {
        long seen = 0;
        for (InputBytes file : files) {
            seen += ContentHash.of(file.bytes()).charAt(0);
            ParseResult result = parser.parse(file.name(), file.bytes());
            seen += new ArticleDeduplicator().deduplicate(result.articles()).kept().size() + result.rejects().size();
        }
        return seen;
    }
}
