package org.infradigest.job;

import java.util.List;

import org.infradigest.domain.Article;
import org.infradigest.domain.Extraction;
import org.infradigest.domain.Reject;
import org.infradigest.extract.ExtractionEngine;
import org.infradigest.store.ArticleExtraction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Runs the extraction engine on one article. An article the engine cannot handle becomes a reject and an
 * empty extraction, so one odd text never stops the night's run nor comes back every night.
 */
class ArticleExtractionProcessor implements ItemProcessor<Article, ArticleExtraction> {

    private static final Logger log = LoggerFactory.getLogger(ArticleExtractionProcessor.class);

    private final ExtractionEngine engine;

    ArticleExtractionProcessor(ExtractionEngine engine) {
        this.engine = engine;
    }

    @Override
    public ArticleExtraction process(Article article) {
        try {
            return new ArticleExtraction(article.key(), engine.extract(article), List.of());
        } catch (RuntimeException e) {
            log.warn("extractFacts: could not extract '{}' ({}): {}", article.title(), article.file(), e.toString());
            Reject reject = new Reject("extractFacts", article.file(), article.title(),
                    "extraction failed: " + e);
            return new ArticleExtraction(article.key(), Extraction.empty(), List.of(reject));
        }
    }
}
