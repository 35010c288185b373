package org.infradigest.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
        Path input = ChildApplication.generatedInput(work.resolve("input"), 600);

        ChildApplication.Run reference = ChildApplication.run(args(input, "reference"), null, null);
        ChildApplication.Run killed = ChildApplication.run(args(input, "crashed"), "ingestNews: 30% of files",
                ChildApplication.Signal.KILL);
        ChildApplication.Run restarted = ChildApplication.run(args(input, "crashed"), null, null);

        assertThat(reference.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(killed.signalled()).as("killed midway").isTrue();
        assertThat(killed.exitCode()).isNotEqualTo(ExitCodes.OK);
        assertThat(restarted.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(restarted.output()).anyMatch(line -> line.contains("was interrupted"));
        assertThat(ChildApplication.storeContents(work.resolve("crashed/data")))
                .isEqualTo(ChildApplication.storeContents(work.resolve("reference/data")));
        assertThat(Files.readString(work.resolve("crashed/output").resolve(RUN_DATE).resolve("facts.csv")))
                .isEqualTo(Files.readString(work.resolve("reference/output").resolve(RUN_DATE).resolve("facts.csv")));
    }

    @Test
    void aRunKilledInItsFirstMomentsIsRecoveredRatherThanStartedAfresh() throws Exception {
        // given: a process killed as its first step begins, well within H2's half second of held commits
        Path input = ChildApplication.generatedInput(work.resolve("input"), 50);
        ChildApplication.Run reference = ChildApplication.run(args(input, "reference"), null, null);
        ChildApplication.Run killed = ChildApplication.run(args(input, "crashed"), "news file(s) under",
                ChildApplication.Signal.KILL);

        // when
        ChildApplication.Run restarted = ChildApplication.run(args(input, "crashed"), null, null);

        // then: the run's start was on disk, so the next launch knows it was interrupted and carries it on
        assertThat(killed.signalled()).as("killed").isTrue();
        assertThat(restarted.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(restarted.output()).anyMatch(line -> line.contains("was interrupted (execution"));
        assertThat(ChildApplication.storeContents(work.resolve("crashed/data")))
                .isEqualTo(ChildApplication.storeContents(work.resolve("reference/data")));
    }

    private List<String> args(Path input, String name) {
        return List.of("--infradigest.input=" + input,
                "--infradigest.data=" + work.resolve(name).resolve("data"),
                "--infradigest.output=" + work.resolve(name).resolve("output"),
                "--infradigest.run-date=" + RUN_DATE,
                "--infradigest.news.chunk-size=5");
    }
}
