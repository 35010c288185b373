package org.infradigest.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    /** Runs the application in a child JVM; with a signal line, sends SIGTERM once it logs that line. */
    private ChildRun run(Path input, String name, String stopWhenLogged, String... extraArgs) throws Exception {
        List<String> args = new ArrayList<>(List.of("--infradigest.input=" + input,
                "--infradigest.data=" + work.resolve(name).resolve("data"),
                "--infradigest.output=" + work.resolve(name).resolve("output"),
                "--infradigest.run-date=" + RUN_DATE,
                "--infradigest.news.chunk-size=5",
                "--infradigest.stop-timeout=" + STOP_TIMEOUT_SECONDS + "s"));
        args.addAll(List.of(extraArgs));
        ChildApplication.Run run = ChildApplication.run(args, stopWhenLogged, ChildApplication.Signal.TERM);
        if (stopWhenLogged != null) {
            assertThat(run.signalled()).as("SIGTERM sent midway").isTrue();
        }
        return new ChildRun(run.exitCode(), run.secondsAfterSignal(), run.output());
    }

    private record ChildRun(int exitCode, double secondsAfterSignal, List<String> output) {
    }

    private Map<String, Object> storeContents(String name) throws Exception {
        return ChildApplication.storeContents(work.resolve(name).resolve("data"));
    }

    private static Path generatedInput(Path folder, int articles) throws IOException {
        return ChildApplication.generatedInput(folder, articles);
    }
}
