package org.infradigest.job;

import org.infradigest.store.BulkWrites;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** Lets a step that loads many rows commit without writing each commit to disk at once ({@link BulkWrites}). */
final class BulkWritesListener implements StepExecutionListener {

    private final BulkWrites bulkWrites;

    BulkWritesListener(BulkWrites bulkWrites) {
        this.bulkWrites = bulkWrites;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        bulkWrites.begin();
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        bulkWrites.end();
        return null;
    }
}
