package org.infradigest.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.infradigest.InfraDigestApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two launches on the same data folder at once: the second is refused with its exit code, the first finishes. */
class ConcurrentLaunchFunctionalTests {

    @TempDir
    Path work;

    @Test
    void aSecondLaunchWhileARunIsGoingIsRefusedAndTheFirstCompletes() throws Exception {
        Path input = Files.createDirectories(work.resolve("input"));
        for (int i = 0; i < 400; i++) {
            Files.writeString(input.resolve(String.format("article-%04d.txt", i)), "Title: Report " + i
                    + "\nDate: 2025-05-20\n\nShanghai had " + (50_000 + i) + " 5G base stations by the end of April.\n");
        }
        Process first = start(input);
        CountDownLatch running = new CountDownLatch(1);
        Thread.ofVirtual().start(() -> drain(first, "ingestNews: 10% of files", running));
        assertThat(running.await(2, TimeUnit.MINUTES)).as("the first run got going").isTrue();

        Process second = start(input);
        Thread.ofVirtual().start(() -> drain(second, null, null));

        assertThat(second.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(second.exitValue()).isEqualTo(ExitCodes.ALREADY_RUNNING);
        assertThat(first.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(first.exitValue()).isEqualTo(ExitCodes.OK);
        assertThat(work.resolve("output/2025-05-20/facts.csv")).exists();
    }

    private Process start(Path input) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                InfraDigestApplication.class.getName(), "--infradigest.input=" + input,
                "--infradigest.data=" + work.resolve("data"), "--infradigest.output=" + work.resolve("output"),
                "--infradigest.run-date=2025-05-20", "--infradigest.news.chunk-size=5"))
                .redirectErrorStream(true).start();
    }

    private static void drain(Process process, String signal, CountDownLatch seen) {
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (seen != null && line.contains(signal)) {
                    seen.countDown();
                }
            }
        } catch (IOException e) {
            // the process ended; its exit code tells the rest
        }
    }
}
