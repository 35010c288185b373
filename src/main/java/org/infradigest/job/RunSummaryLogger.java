package org.infradigest.job;

import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ends every run with one table: per step, what was read, written, filtered (unchanged input), skipped,
 * rejected (reject rows seen in this run) and how long it took.
 */
class RunSummaryLogger implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(RunSummaryLogger.class);

    private final JdbcTemplate jdbc;

    RunSummaryLogger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        Object runDate = jobExecution.getJobParameters().getParameter(NightlyDigestParameters.RUN_DATE).value();
        Map<String, Long> rejected = rejectedPerStep(runDate);
        StringBuilder table = new StringBuilder();
        table.append(String.format("%n%-14s %-10s %8s %8s %8s %8s %8s %9s%n",
                "step", "status", "read", "written", "filtered", "skipped", "rejected", "seconds"));
        for (StepExecution step : jobExecution.getStepExecutions()) {
            if (step.getStepName().contains(":")) {
                continue; // a partition (ingestStatsFile:file00001): its figures are in its step's row
            }
            table.append(String.format("%-14s %-10s %8d %8d %8d %8d %8d %9.2f%n",
                    step.getStepName(), step.getStatus(), step.getReadCount(), step.getWriteCount(),
                    step.getFilterCount(), step.getSkipCount(), rejected.getOrDefault(step.getStepName(), 0L),
                    seconds(step.getStartTime(), step.getEndTime())));
        }
        log.info("nightlyDigest {} ended {} in {} s{}", runDate, jobExecution.getStatus(),
                String.format("%.2f", seconds(jobExecution.getStartTime(), jobExecution.getEndTime())), table);
    }

    private Map<String, Long> rejectedPerStep(Object runDate) {
        Map<String, Long> counts = new HashMap<>();
        if (!(runDate instanceof LocalDate date)) {
            return counts;
        }
        try {
            jdbc.query("SELECT step, COUNT(*) FROM reject WHERE last_run = ? GROUP BY step",
                    rs -> {
                        counts.put(rs.getString(1), rs.getLong(2));
                    }, Date.valueOf(date));
        } catch (RuntimeException e) {
            log.debug("reject counts unavailable for the summary", e); // the summary must never fail a run
        }
        return counts;
    }

    private static double seconds(LocalDateTime start, LocalDateTime end) {
        if (start == null) {
            return 0;
        }
        return Duration.between(start, end == null ? LocalDateTime.now() : end).toMillis() / 1000.0;
    }
}
