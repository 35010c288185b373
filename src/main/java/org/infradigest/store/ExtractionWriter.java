package org.infradigest.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.infradigest.domain.Reject;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Writes a chunk of article extractions, each replacing the article's earlier one, in one batch per table. */
public class ExtractionWriter implements ItemWriter<ArticleExtraction> {

    private final ExtractionStore store;
    private final RejectStore rejects;
    private final String engineVersion;
    private final LocalDate runDate;

    public ExtractionWriter(ExtractionStore store, RejectStore rejects, String engineVersion, LocalDate runDate) {
        this.store = store;
        this.rejects = rejects;
        this.engineVersion = engineVersion;
        this.runDate = runDate;
    }

    @Override
    public void write(Chunk<? extends ArticleExtraction> chunk) {
        store.replaceAll(chunk.getItems(), engineVersion, runDate);
        List<Reject> chunkRejects = new ArrayList<>();
        for (ArticleExtraction item : chunk) {
            chunkRejects.addAll(item.rejects());
        }
        rejects.record(chunkRejects, runDate);
    }
}
