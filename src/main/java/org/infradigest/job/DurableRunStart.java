package org.infradigest.job;

import org.infradigest.store.Checkpoint;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Writes the run's start to the database file as soon as it is recorded. The embedded H2 holds commits for up to
 * half a second, so a process killed in its first half second lost the record of its run, and the next launch
 * could not tell it had been interrupted (it started the date afresh, with the same result but without saying
 * so). With the start on disk, the next launch recovers the run and carries on where it stopped.
 */
final class DurableRunStart implements JobExecutionListener {

    private final Checkpoint checkpoint;

    DurableRunStart(Checkpoint checkpoint) {
        this.checkpoint = checkpoint;
    }

    /** Spring Batch has committed the execution as STARTED before its listeners are told. */
    @Override
    public void beforeJob(JobExecution jobExecution) {
        checkpoint.flush();
    }
}
