package org.infradigest.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.infradigest.InfraDigestApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The one-shot command line as cron runs it: exit codes, and a completed date not run twice. */
class NightlyDigestRunnerTests {

    @TempDir
    Path work;

    @Test
    void aCompletedDateIsNotRunAgainAndExitsZero() throws Exception {
        String[] args = args("2025-05-20");

        int first = runAndCount(args, "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION");
        long modified = Files.getLastModifiedTime(work.resolve("output/2025-05-20/facts.csv")).toMillis();
        int second = runAndCount(args, "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION");

        assertThat(first).isEqualTo(1);
        assertThat(second).as("no second execution for a completed date").isEqualTo(1);
        assertThat(Files.getLastModifiedTime(work.resolve("output/2025-05-20/facts.csv")).toMillis())
                .isEqualTo(modified);
    }

    @Test
    void aRebuildRunsTheDateAgainWithoutDuplicatingFacts() throws Exception {
        int factsFirst = runAndCount(args("2025-05-20"), "SELECT COUNT(*) FROM fact");
        int factsRebuilt = runAndCount(append(args("2025-05-20"), "--infradigest.rebuild=true"),
                "SELECT COUNT(*) FROM fact");
        // what the rebuild's extractFacts wrote (the second execution), read after a run of the next date
        int extractedByRebuild = runAndCount(args("2025-05-21"), """
                SELECT s.WRITE_COUNT FROM BATCH_STEP_EXECUTION s
                WHERE s.STEP_NAME = 'extractFacts' ORDER BY s.JOB_EXECUTION_ID LIMIT 1 OFFSET 1""");

        assertThat(factsFirst).isPositive();
        assertThat(factsRebuilt).isEqualTo(factsFirst);
        assertThat(extractedByRebuild).as("articles the rebuild extracted again").isPositive();
    }

    @Test
    void aRunDateThatIsNotADateExitsWithTheBadArgumentsCode() {
        try (ConfigurableApplicationContext context = SpringApplication.run(InfraDigestApplication.class,
                args("2025-13-45"))) {
            assertThat(SpringApplication.exit(context)).isEqualTo(ExitCodes.BAD_ARGUMENTS);
        }
    }

    private int runAndCount(String[] args, String countQuery) {
        try (ConfigurableApplicationContext context = SpringApplication.run(InfraDigestApplication.class, args)) {
            Integer count = context.getBean(JdbcTemplate.class).queryForObject(countQuery, Integer.class);
            assertThat(SpringApplication.exit(context)).isEqualTo(ExitCodes.OK);
            return count == null ? 0 : count;
        }
    }

    private String[] args(String runDate) {
        return new String[] {"--infradigest.input=seeds", "--infradigest.data=" + work.resolve("data"),
                "--infradigest.output=" + work.resolve("output"), "--infradigest.run-date=" + runDate};
    }

    private static String[] append(String[] args, String extra) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = extra;
        return all;
    }
}
