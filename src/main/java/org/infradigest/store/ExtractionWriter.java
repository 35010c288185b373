package org.infradigest.store;

import java.time.LocalDate;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Writes a chunk of article extractions, each replacing the article's earlier one. */
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
        for (ArticleExtraction item : chunk) {
            store.replace(item.articleKey(), item.extraction(), engineVersion, runDate);
            rejects.record(item.rejects(), runDate);
        }
    }
}
