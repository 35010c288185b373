package org.infradigest.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Progress of a long chunk step: a log line every {@code every} items written, so a long night shows it moves.
 * Registered on a partitioned step and on its worker step, it counts what all partitions wrote.
 */
class WriteProgressLogger<T> implements ItemWriteListener<T>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(WriteProgressLogger.class);

    private final String step;
    private final String items;
    private final long every;
    private long written;
    private long nextReport;

    WriteProgressLogger(String step, String items, long every) {
        this.step = step;
        this.items = items;
        this.every = every;
        this.nextReport = every;
    }

    @Override
    public synchronized void beforeStep(StepExecution stepExecution) {
        if (stepExecution.getStepName().contains(":")) {
            return; // a partition starting: the count goes on
        }
        written = 0; // the step bean outlives one run when the job runs on a schedule
        nextReport = every;
    }

    @Override
    public synchronized void afterWrite(Chunk<? extends T> chunk) {
        written += chunk.size();
        if (written >= nextReport) {
            log.info("{}: {} {} written", step, written, items);
            nextReport = (written / every + 1) * every;
        }
    }
}
