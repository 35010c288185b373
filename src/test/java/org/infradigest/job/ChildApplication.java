package org.infradigest.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.infradigest.InfraDigestApplication;

/**
 * Runs InfraDigest in a real child JVM, as cron or systemd would, and can signal it once it logs a given line:
 * the way the crash, stop and restart tests interrupt a run for real rather than with mocks.
 */
final class ChildApplication {

    /** How a child is interrupted. */
    enum Signal {
        /** SIGKILL: no shutdown hook, no chance to tidy up. */
        KILL,
        /** SIGTERM: the JVM shuts down in order. */
        TERM
    }

    /**
     * What a child run did.
     *
     * @param secondsAfterSignal from the signal to the exit, or 0 when no signal was sent
     */
    record Run(int exitCode, boolean signalled, double secondsAfterSignal, List<String> output) {
    }

    private ChildApplication() {
    }

    /** Runs the application with these arguments; with a line to wait for, sends the signal when it appears. */
    static Run run(List<String> args, String signalWhenLogged, Signal signal) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                InfraDigestApplication.class.getName()));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> output = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Long> signalled = CompletableFuture.supplyAsync(
                () -> watch(process, signalWhenLogged, signal, output));
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("child run finished").isTrue();
        long exitedAt = System.nanoTime();
        Long signalledAt = signalled.get(10, TimeUnit.SECONDS);
        if (signalledAt == null && process.exitValue() != ExitCodes.OK) {
            System.out.println(String.join(System.lineSeparator(), output)); // why the child failed
        }
        double seconds = signalledAt == null ? 0 : (exitedAt - signalledAt) / 1e9;
        return new Run(process.exitValue(), signalledAt != null, seconds, List.copyOf(output));
    }

    private static Long watch(Process process, String signalWhenLogged, Signal signal, List<String> output) {
        Long signalledAt = null;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                output.add(line);
                if (signalledAt == null && signalWhenLogged != null && line.contains(signalWhenLogged)) {
                    signalledAt = System.nanoTime();
                    // Through the handle: Process.destroy() would also close our end of the pipe.
                    if (signal == Signal.KILL) {
                        process.toHandle().destroyForcibly();
                    } else {
                        process.toHandle().destroy();
                    }
                }
            }
        } catch (IOException e) {
            // the child went away; what it said so far is in output
        }
        return signalledAt;
    }

    /** What the run left in its database: counts that must match an uninterrupted run's. */
    static Map<String, Object> storeContents(Path dataFolder) throws Exception {
        String url = "jdbc:h2:file:" + dataFolder.resolve("infradigest").toAbsolutePath();
        Map<String, Object> contents = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            for (String query : List.of(
                    "SELECT COUNT(*) FROM article", "SELECT COUNT(DISTINCT article_key) FROM article",
                    "SELECT COUNT(*) FROM source_file", "SELECT COUNT(*) FROM fact",
                    "SELECT COUNT(*) FROM statement", "SELECT COUNT(*) FROM reject",
                    "SELECT COUNT(*) FROM article a WHERE NOT EXISTS (SELECT 1 FROM article_extraction e"
                            + " WHERE e.article_no = a.article_no)",
                    "SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID DESC LIMIT 1")) {
                try (ResultSet rs = c.createStatement().executeQuery(query)) {
                    rs.next();
                    contents.put(query, rs.getObject(1));
                }
            }
        }
        return contents;
    }

    /** Plain-text articles with figures, a few of them repeated under another name to exercise dedupe. */
    static Path generatedInput(Path folder, int articles) throws IOException {
        Files.createDirectories(folder);
        String[] regions = {"Beijing", "Shanghai", "Guangdong", "Zhejiang", "Jiangsu"};
        for (int i = 0; i < articles; i++) {
            String region = regions[i % regions.length];
            String text = "Title: " + region + " expands 5G network, report " + i + "\n"
                    + "Date: 2025-05-" + String.format("%02d", 1 + i % 28) + "\n"
                    + "URL: https://news.example.com/" + i + "\n\n"
                    + region + " had " + (10_000 + i * 7) + " 5G base stations in service by the end of April, "
                    + "the local communications administration said.\n"
                    + "The city added " + (100 + i) + " 5G base stations in April.\n";
            Files.writeString(folder.resolve(String.format("article-%04d.txt", i)), text);
            if (i % 50 == 0) {
                Files.writeString(folder.resolve(String.format("copy-of-%04d.txt", i)), text);
            }
        }
        return folder;
    }
}
