package org.infradigest.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.infradigest.domain.Article;
import org.infradigest.domain.Fact;
import org.infradigest.domain.Reject;
import org.infradigest.extract.ExtractionEngine;
import org.infradigest.store.ArticleExtraction;
import org.infradigest.store.PendingArticle;
import org.infradigest.store.StoredArticle;
import org.junit.jupiter.api.Test;

class ArticleExtractionProcessorTests {

    private static final StoredArticle STORED = new StoredArticle(7, java.sql.Date.valueOf("2025-07-01"), false);

    private final ArticleExtractionProcessor processor = new ArticleExtractionProcessor(ExtractionEngine.fromClasspath());

    @Test
    void aFigureWithNoKnownRegionIsARejectNotAFailedChunk() {
        // given: a city the gazetteer does not know, in an article that names no region it knows
        Article article = article("Eastbrook has 13,000 5G base stations, the town said on Monday.");

        // when
        ArticleExtraction extraction = processor.process(new PendingArticle(article, STORED));

        // then
        assertThat(extraction.stored()).isEqualTo(STORED);
        assertThat(extraction.extraction().facts()).isEmpty();
        assertThat(extraction.rejects()).singleElement().satisfies(reject -> {
            assertThat(reject.step()).isEqualTo("extractFacts");
            assertThat(reject.file()).isEqualTo("input/news/cities.txt");
            assertThat(reject.location()).isEqualTo("sentence 'Eastbrook has 13,000 5G base stations, the town said on Monday.'");
            assertThat(reject.reason()).isEqualTo("figure 13000 (base_stations_5g) names no region the gazetteer knows, "
                    + "and neither does the article; not stored");
        });
    }

    @Test
    void aFigureTooLargeForTheFactTableIsARejectAndTheArticlesOtherFactsAreKept() {
        // given
        Article article = article("Beijing now has 99999999999999999999999999999999999999999 5G base stations, the city said.\n"
                + "Beijing had 16,000 5G base stations by the end of May, the city said.");

        // when
        ArticleExtraction extraction = processor.process(new PendingArticle(article, STORED));

        // then
        assertThat(extraction.extraction().facts()).extracting(Fact::value).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("16000"));
        assertThat(extraction.rejects()).extracting(Reject::reason).containsExactly("figure "
                + "99999999999999999999999999999999999999999 (base_stations_5g) is too large: at most 28 digits before the "
                + "decimal point; not stored");
    }

    private static Article article(String body) {
        return new Article("k1", "City networks", null, null, null, "input/news/cities.txt", "text", body);
    }
}
