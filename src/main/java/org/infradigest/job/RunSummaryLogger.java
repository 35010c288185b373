package org.infradigest.job;

import java.time.Duration;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** Ends every run with one table: per step, what was read, written, skipped and how long it took. */
class RunSummaryLogger implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(RunSummaryLogger.class);

    @Override
    public void afterJob(JobExecution jobExecution) {
        StringBuilder table = new StringBuilder();
        table.append(String.format("%n%-14s %-10s %8s %8s %8s %8s %9s%n",
                "step", "status", "read", "written", "filtered", "skipped", "seconds"));
        for (StepExecution step : jobExecution.getStepExecutions()) {
            table.append(String.format("%-14s %-10s %8d %8d %8d %8d %9.2f%n",
                    step.getStepName(), step.getStatus(), step.getReadCount(), step.getWriteCount(),
                    step.getFilterCount(), step.getSkipCount(), seconds(step.getStartTime(), step.getEndTime())));
        }
        log.info("nightlyDigest {} ended {} in {} s{}", jobExecution.getJobParameters().getParameter("runDate")
                        .value(), jobExecution.getStatus(),
                String.format("%.2f", seconds(jobExecution.getStartTime(), jobExecution.getEndTime())), table);
    }

    private static double seconds(LocalDateTime start, LocalDateTime end) {
        if (start == null) {
            return 0;
        }
        return Duration.between(start, end == null ? LocalDateTime.now() : end).toMillis() / 1000.0;
    }
}
