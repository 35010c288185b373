package org.infradigest.job;

import org.infradigest.store.FactOrderIndex;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;

/** Drops the fact order index before a step that inserts facts; reconcile builds it again. */
final class FactLoadingListener implements StepExecutionListener {

    private final JdbcTemplate jdbc;

    FactLoadingListener(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        FactOrderIndex.dropForLoading(jdbc);
    }
}
