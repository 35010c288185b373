package org.infradigest.job;

import java.nio.file.Path;
import java.time.LocalDate;

import org.infradigest.publish.DigestModel;
import org.infradigest.publish.DigestModelQuery;
import org.infradigest.publish.DigestPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Publishes the digest for the run date from the store; files are replaced atomically on every run. */
class PublishTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(PublishTasklet.class);

    private final DigestModelQuery query;
    private final DigestPublisher publisher;
    private final Path folder;
    private final LocalDate runDate;

    PublishTasklet(DigestModelQuery query, DigestPublisher publisher, Path folder, LocalDate runDate) {
        this.query = query;
        this.publisher = publisher;
        this.folder = folder;
        this.runDate = runDate;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        DigestModel model = query.load(runDate);
        publisher.publish(model, folder);
        contribution.incrementReadCount();
        contribution.incrementWriteCount(model.totals().facts());
        log.info("publish: {} facts, {} figures, {} statements, {} initiatives to {}", model.totals().facts(),
                model.totals().figures(), model.totals().statements(), model.totals().initiatives(), folder);
        return RepeatStatus.FINISHED;
    }
}
