package org.infradigest.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.infradigest.domain.Article;
import org.infradigest.domain.Reject;
import org.infradigest.news.IngestedFile;
import org.infradigest.news.NewsFileParser;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes a chunk of read news files: their articles (deduplicated), their rejects, and the ledger entry that
 * marks each file as read, all in the chunk's transaction.
 */
public class IngestedFileWriter implements ItemWriter<IngestedFile> {

    private final ArticleStore articles;
    private final RejectStore rejects;
    private final SourceFileLedger ledger;
    private final LocalDate runDate;

    public IngestedFileWriter(ArticleStore articles, RejectStore rejects, SourceFileLedger ledger, LocalDate runDate) {
        this.articles = articles;
        this.rejects = rejects;
        this.ledger = ledger;
        this.runDate = runDate;
    }

    @Override
    public void write(Chunk<? extends IngestedFile> chunk) {
        List<Article> chunkArticles = new ArrayList<>();
        for (IngestedFile file : chunk) {
            chunkArticles.addAll(file.articles());
        }
        articles.saveAll(chunkArticles, runDate); // in file order, as if saved one by one
        // One batch statement each for the chunk's files: each file only touches its own rejects and ledger row.
        List<String> reread = new ArrayList<>();
        List<Reject> chunkRejects = new ArrayList<>();
        List<SourceFileLedger.Entry> read = new ArrayList<>();
        for (IngestedFile file : chunk) {
            if (file.sha256() != null) {
                // A new version of the file: what was wrong with the old one no longer applies.
                reread.add(file.file().name());
                read.add(new SourceFileLedger.Entry(file.file().path().toString(), file.sha256(), file.size(),
                        file.kind(), file.articles().size()));
            }
            chunkRejects.addAll(file.rejects());
        }
        rejects.forgetAll(NewsFileParser.STEP, reread);
        rejects.record(chunkRejects, runDate);
        ledger.recordAll(read, runDate);
    }
}
