package org.infradigest.job;

import java.util.ArrayList;
import java.util.List;

import org.infradigest.domain.Article;
import org.infradigest.domain.Extraction;
import org.infradigest.domain.Fact;
import org.infradigest.domain.Reject;
import org.infradigest.extract.ExtractionEngine;
import org.infradigest.store.ArticleExtraction;
import org.infradigest.store.PendingArticle;
import org.infradigest.store.StoredArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Runs the extraction engine on one article. An article the engine cannot handle becomes a reject and an
 * empty extraction, so one odd text never stops the night's run nor comes back every night.
 */
class ArticleExtractionProcessor implements ItemProcessor<PendingArticle, ArticleExtraction> {

    private static final Logger log = LoggerFactory.getLogger(ArticleExtractionProcessor.class);
    // The fact table's DECIMAL(38, 10) keeps 28 digits before the point.
    private static final int MAX_INTEGER_DIGITS = 28;

    private final ExtractionEngine engine;

    ArticleExtractionProcessor(ExtractionEngine engine) {
        this.engine = engine;
    }

    @Override
    public ArticleExtraction process(PendingArticle pending) {
        Article article = pending.article();
        try {
            return storable(article, pending.stored(), engine.extract(article));
        } catch (RuntimeException e) {
            log.warn("extractFacts: could not extract '{}' ({}): {}", article.title(), article.file(), e.toString());
            Reject reject = new Reject("extractFacts", article.file(), article.title(),
                    "extraction failed: " + e);
            return new ArticleExtraction(article.key(), Extraction.empty(), List.of(reject), pending.stored());
        }
    }

    // A fact the fact table cannot hold (no region the gazetteer knows, a value of more than 28 digits) would
    // fail the whole chunk: it becomes a reject naming its sentence, and the article's other facts are kept.
    private static ArticleExtraction storable(Article article, StoredArticle stored, Extraction extraction) {
        List<Fact> kept = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        for (Fact fact : extraction.facts()) {
            String problem = fact.region() == null ? "names no region the gazetteer knows, and neither does the article"
                    : fact.value().precision() - fact.value().scale() > MAX_INTEGER_DIGITS
                    ? "is too large: at most " + MAX_INTEGER_DIGITS + " digits before the decimal point" : null;
            if (problem == null) {
                kept.add(fact);
            } else {
                rejects.add(new Reject("extractFacts", article.file(), "sentence '" + fact.sentence() + "'",
                        "figure " + fact.value().toPlainString() + " (" + fact.metric() + ") " + problem
                                + "; not stored"));
            }
        }
        if (rejects.isEmpty()) {
            return new ArticleExtraction(article.key(), extraction, List.of(), stored);
        }
        Extraction storable = new Extraction(kept, extraction.statements(), extraction.initiatives(),
                extraction.operators(), extraction.licences());
        return new ArticleExtraction(article.key(), storable, rejects, stored);
    }
}
