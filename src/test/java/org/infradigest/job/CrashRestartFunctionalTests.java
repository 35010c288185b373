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
 * Kills a real InfraDigest process with SIGKILL in the middle of a run, runs it again, and checks the
 * outcome is exactly that of a run nobody interrupted.
 */
class CrashRestartFunctionalTests {

    private static final String RUN_DATE = "2025-06-01";

    @TempDir
    Path work;

    @Test
    void aRunKilledMidwayResumesToTheSameResultAsAnUninterruptedRun() throws Exception {
        Path input = generatedInput(work.resolve("input"), 600);

        assertThat(run(input, "reference", null)).isEqualTo(ExitCodes.OK);
        assertThat(run(input, "crashed", "ingestNews: 30% of files")).as("killed").isNotEqualTo(ExitCodes.OK);
        int restarted = run(input, "crashed", null);

        assertThat(restarted).isEqualTo(ExitCodes.OK);
        assertThat(storeContents("crashed")).isEqualTo(storeContents("reference"));
        assertThat(Files.readString(work.resolve("crashed/output").resolve(RUN_DATE).resolve("facts.csv")))
                .isEqualTo(Files.readString(work.resolve("reference/output").resolve(RUN_DATE).resolve("facts.csv")));
    }

    /** Runs the application in a child JVM; with a kill line, kills it (SIGKILL) once it logs that line. */
    private int run(Path input, String name, String killWhenLogged) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                InfraDigestApplication.class.getName(),
                "--infradigest.input=" + input,
                "--infradigest.data=" + work.resolve(name).resolve("data"),
                "--infradigest.output=" + work.resolve(name).resolve("output"),
                "--infradigest.run-date=" + RUN_DATE,
                "--infradigest.news.chunk-size=5"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> output = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Boolean> killed = CompletableFuture.supplyAsync(() -> watch(process, killWhenLogged, output));
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("child run finished").isTrue();
        if (killWhenLogged != null) {
            assertThat(killed.get(10, TimeUnit.SECONDS)).as("the run was killed midway").isTrue();
        } else {
            killed.get(10, TimeUnit.SECONDS);
            if (process.exitValue() != ExitCodes.OK) {
                System.out.println(String.join(System.lineSeparator(), output)); // why the child failed
            }
        }
        return process.exitValue();
    }

    private static boolean watch(Process process, String killWhenLogged, List<String> output) {
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                output.add(line);
                if (killWhenLogged != null && line.contains(killWhenLogged)) {
                    process.destroyForcibly(); // SIGKILL: no shutdown hook, no chance to tidy up
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return killWhenLogged != null;
        }
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
