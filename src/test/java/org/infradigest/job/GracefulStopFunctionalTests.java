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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sends SIGTERM to a real InfraDigest process. In the middle of a run it stops at a chunk boundary, exits with
 * the STOPPED code within the stop timeout, and the next launch finishes the date exactly like a run nobody
 * interrupted; an idle service simply exits 0.
 */
class GracefulStopFunctionalTests {

    private static final String RUN_DATE = "2025-06-01";
    private static final int STOP_TIMEOUT_SECONDS = 60;

    @TempDir
    Path work;

    @Test
    void aRunStoppedBySigtermExitsStoppedAndTheNextLaunchFinishesItLikeAnUninterruptedRun() throws Exception {
        Path input = generatedInput(work.resolve("input"), 600);
        assertThat(run(input, "reference", null).exitCode).isEqualTo(ExitCodes.OK);

        ChildRun stopped = run(input, "stopped", "ingestNews: 30% of files");
        ChildRun restarted = run(input, "stopped", null);

        assertThat(stopped.exitCode).as("exit code after SIGTERM").isEqualTo(ExitCodes.STOPPED);
        assertThat(stopped.secondsAfterSignal).isLessThan(STOP_TIMEOUT_SECONDS);
        assertThat(stopped.output).anyMatch(line -> line.contains("stopped at a chunk boundary"));
        assertThat(stopped.output).noneMatch(line -> line.contains("Exception"));
        assertThat(restarted.exitCode).isEqualTo(ExitCodes.OK);
        assertThat(restarted.output).noneMatch(line -> line.contains("was interrupted"));
        assertThat(storeContents("stopped")).isEqualTo(storeContents("reference"));
        assertThat(Files.readString(work.resolve("stopped/output").resolve(RUN_DATE).resolve("facts.csv")))
                .isEqualTo(Files.readString(work.resolve("reference/output").resolve(RUN_DATE).resolve("facts.csv")));
    }

    @Test
    void anIdleServiceExitsZeroOnSigterm() throws Exception {
        Path input = Files.createDirectories(work.resolve("input"));

        ChildRun service = run(input, "service", "Scheduled mode:", "--infradigest.schedule.cron=0 0 0 1 1 *",
                "--server.port=0", "--server.address=127.0.0.1");

        assertThat(service.exitCode).isEqualTo(ExitCodes.OK);
        assertThat(service.secondsAfterSignal).isLessThan(STOP_TIMEOUT_SECONDS);
        assertThat(service.output).noneMatch(line -> line.contains("Running nightlyDigest"));
    }

    private record ChildRun(int exitCode, double secondsAfterSignal, List<String> output) {
    }

    /** Runs the application in a child JVM; with a signal line, sends SIGTERM once it logs that line. */
    private ChildRun run(Path input, String name, String stopWhenLogged, String... extraArgs) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                InfraDigestApplication.class.getName(),
                "--infradigest.input=" + input,
                "--infradigest.data=" + work.resolve(name).resolve("data"),
                "--infradigest.output=" + work.resolve(name).resolve("output"),
                "--infradigest.run-date=" + RUN_DATE,
                "--infradigest.news.chunk-size=5",
                "--infradigest.stop-timeout=" + STOP_TIMEOUT_SECONDS + "s"));
        command.addAll(List.of(extraArgs));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> output = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Long> signalled = CompletableFuture.supplyAsync(() -> watch(process, stopWhenLogged, output));
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("child run finished").isTrue();
        long exitedAt = System.nanoTime();
        Long signalledAt = signalled.get(10, TimeUnit.SECONDS);
        if (stopWhenLogged != null) {
            assertThat(signalledAt).as("SIGTERM sent midway").isNotNull();
        }
        if (process.exitValue() != ExitCodes.OK) {
            System.out.println(String.join(System.lineSeparator(), output)); // what the child said
        }
        double seconds = signalledAt == null ? 0 : (exitedAt - signalledAt) / 1e9;
        return new ChildRun(process.exitValue(), seconds, List.copyOf(output));
    }

    private static Long watch(Process process, String stopWhenLogged, List<String> output) {
        Long signalledAt = null;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                output.add(line);
                if (signalledAt == null && stopWhenLogged != null && line.contains(stopWhenLogged)) {
                    signalledAt = System.nanoTime();
                    // SIGTERM on Linux; through the handle, because Process.destroy() also closes our end of the pipe
                    process.toHandle().destroy();
                }
            }
        } catch (IOException e) {
            // the child went away; what it said so far is in output
        }
        return signalledAt;
    }

    private Map<String, Object> storeContents(String name) throws Exception {
        String url = "jdbc:h2:file:" + work.resolve(name).resolve("data").resolve("infradigest").toAbsolutePath();
        Map<String, Object> contents = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            for (String query : List.of(
                    "SELECT COUNT(*) FROM article", "SELECT COUNT(DISTINCT article_key) FROM article",
                    "SELECT COUNT(*) FROM source_file", "SELECT COUNT(*) FROM fact",
                    "SELECT COUNT(*) FROM statement", "SELECT COUNT(*) FROM reject",
                    "SELECT COUNT(*) FROM article WHERE extracted_version IS NULL",
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
    private static Path generatedInput(Path folder, int articles) throws IOException {
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
