package org.infradigest.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.infradigest.domain.Article;
import org.infradigest.domain.Extraction;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.jdbc.core.JdbcTemplate;

class PendingArticlesTests {

    private static final LocalDate RUN = LocalDate.of(2025, 7, 1);

    private final JdbcTemplate jdbc = StoreDatabase.migrated();

    @Test
    void everyArticleNotYetExtractedByThisVersionIsReadOnceInTheOrderItWasStored() throws Exception {
        // given: 250 articles whose keys are not in storage order, 40 of them already extracted by this version
        List<Article> stored = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            stored.add(new Article(String.format("%03d-%d", (i * 7919) % 1000, i), "Title " + i, null,
                    "https://news.example/" + i, null, "news/" + i + ".txt", "text", "Body " + i));
        }
        new ArticleStore(jdbc).saveAll(stored, RUN);
        new ExtractionStore(jdbc).replaceAll(stored.subList(100, 140).stream()
                .map(a -> new ArticleExtraction(a.key(), Extraction.empty(), List.of())).toList(), "v2", RUN);

        // when: read in pages of 100 while the chunks before are marked extracted, as the step does
        List<String> read = new ArrayList<>();
        List<Long> numbers = new ArrayList<>();
        JdbcPagingItemReader<PendingArticle> reader = PendingArticles.reader(jdbc.getDataSource(), "v2", 100);
        reader.afterPropertiesSet();
        reader.open(new ExecutionContext());
        for (PendingArticle pending = reader.read(); pending != null; pending = reader.read()) {
            read.add(pending.article().key());
            numbers.add(pending.stored().articleNo());
            new ExtractionStore(jdbc).replaceAll(List.of(new ArticleExtraction(pending.article().key(),
                    Extraction.empty(), List.of(), pending.stored())), "v2", RUN);
        }
        reader.close();

        // then
        List<String> expected = new ArrayList<>(stored.stream().map(Article::key).toList());
        expected.removeAll(stored.subList(100, 140).stream().map(Article::key).toList());
        assertThat(read).containsExactlyElementsOf(expected);
        assertThat(numbers).isSorted().doesNotHaveDuplicates();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM article_extraction WHERE extracted_version = 'v2'",
                Integer.class)).isEqualTo(250);
    }

    @Test
    void anArticleMarkedByAnotherVersionIsPendingAndKnownToHaveRowsOneNeverExtractedIsNot() throws Exception {
        // given: four articles; the second extracted by v1, the third by v2, the fourth never
        List<Article> stored = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            stored.add(new Article("k" + i, "Title " + i, null, "https://news.example/" + i, null, "news/" + i + ".txt",
                    "text", "Body " + i));
        }
        new ArticleStore(jdbc).saveAll(stored, RUN);
        ExtractionStore extractions = new ExtractionStore(jdbc);
        extractions.replace("k0", Extraction.empty(), "v2", RUN);
        extractions.replace("k1", Extraction.empty(), "v1", RUN);
        extractions.replace("k2", Extraction.empty(), "v2", RUN);

        // when
        long[] rows = PendingArticles.pendingRows(jdbc, "v2");
        List<String> read = new ArrayList<>();
        JdbcPagingItemReader<PendingArticle> reader = PendingArticles.reader(jdbc.getDataSource(), "v2", 10);
        reader.afterPropertiesSet();
        reader.open(new ExecutionContext());
        for (PendingArticle pending = reader.read(); pending != null; pending = reader.read()) {
            read.add(pending.article().key() + " " + pending.stored().extractedBefore());
        }
        reader.close();

        // then: the rows of k1 and k3 (stored second and fourth) bound the pending ones
        assertThat(read).containsExactly("k1 true", "k3 false");
        assertThat(rows).containsExactly(jdbc.queryForObject("SELECT _ROWID_ FROM article WHERE article_key = 'k1'",
                Long.class), jdbc.queryForObject("SELECT _ROWID_ FROM article WHERE article_key = 'k3'", Long.class));
        assertThat(PendingArticles.pendingRows(jdbc, "v1")).isNotNull();
        extractions.replace("k3", Extraction.empty(), "v2", RUN);
        extractions.replace("k1", Extraction.empty(), "v2", RUN);
        assertThat(PendingArticles.pendingRows(jdbc, "v2")).isNull();
    }
}
