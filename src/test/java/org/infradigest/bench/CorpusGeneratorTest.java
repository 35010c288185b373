package org.infradigest.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.infradigest.domain.Article;
import org.infradigest.domain.Reject;
import org.infradigest.extract.ExtractionEngine;
import org.infradigest.extract.Operator;
import org.infradigest.news.NewsFileParser;
import org.infradigest.news.ParseResult;
import org.infradigest.stats.ReadSummary;
import org.infradigest.stats.ResolvedRegion;
import org.infradigest.stats.StatsFileReader;
import org.infradigest.stats.StatsVocabulary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark corpus: the same bytes for the same seed, and input the real readers and engine use in full. */
class CorpusGeneratorTest {

    private static final int ARTICLES = 230; // some of each format, a feed and a JSON lines file not full
    private static final long ROWS = 3_000;

    static ExtractionEngine engine;

    @BeforeAll
    static void engine() {
        engine = ExtractionEngine.fromClasspath();
    }

    @Test
    void theSameSeedWritesTheSameBytesAndAnotherSeedOtherBytes(@TempDir Path dir) throws IOException {
        new CorpusGenerator(42).generate(dir.resolve("a"), ARTICLES, ROWS);
        new CorpusGenerator(42).generate(dir.resolve("b"), ARTICLES, ROWS);
        new CorpusGenerator(43).generate(dir.resolve("c"), ARTICLES, ROWS);

        Map<String, String> a = hashes(dir.resolve("a"));
        assertThat(a).isNotEmpty().isEqualTo(hashes(dir.resolve("b")));
        assertThat(a.keySet()).isEqualTo(hashes(dir.resolve("c")).keySet());
        assertThat(a).isNotEqualTo(hashes(dir.resolve("c")));
    }

    @Test
    void everyArticleIsReadInItsFormatAndYieldsFacts(@TempDir Path dir) throws IOException {
        CorpusGenerator.Summary summary = new CorpusGenerator(7).generate(dir, ARTICLES, ROWS);
        NewsFileParser parser = new NewsFileParser();
        List<Article> articles = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        Map<String, Integer> formats = new TreeMap<>();
        for (Path file : files(dir.resolve("news"))) {
            ParseResult parsed = parser.parse(dir.relativize(file).toString(), Files.readAllBytes(file));
            articles.addAll(parsed.articles());
            rejects.addAll(parsed.rejects());
            parsed.articles().forEach(x -> formats.merge(x.format(), 1, Integer::sum));
        }
        assertThat(rejects).isEmpty();
        assertThat(articles).hasSize(ARTICLES);
        assertThat(articles).extracting(Article::url).doesNotHaveDuplicates();
        assertThat(articles).extracting(Article::key).doesNotHaveDuplicates();
        assertThat(formats).containsOnlyKeys("text", "html", "rss", "jsonl");
        assertThat(summary.newsFiles()).isEqualTo(files(dir.resolve("news")).size());

        long facts = 0;
        int withoutFacts = 0;
        for (Article article : articles) {
            assertThat(article.body().length()).as(article.title()).isBetween(1_500, 7_000);
            int found = engine.extract(article).facts().size();
            facts += found;
            withoutFacts += found == 0 ? 1 : 0;
        }
        assertThat(withoutFacts).isZero();
        assertThat(facts).isGreaterThanOrEqualTo(3L * ARTICLES);
    }

    @Test
    void statisticsFilesAreReadWithoutRejectsAndGiveTheRowsAsked(@TempDir Path dir) throws IOException {
        new CorpusGenerator(7).generate(dir, ARTICLES, ROWS);
        StatsFileReader reader = new StatsFileReader(StatsVocabulary.bundled(
                name -> Optional.ofNullable(engine.lexicon().regions().resolve(name))
                        .map(r -> new ResolvedRegion(r.name(), "aggregate".equals(r.kind()))),
                name -> Optional.ofNullable(engine.lexicon().operators().resolve(name)).map(Operator::name)));
        AtomicLong facts = new AtomicLong();
        List<Reject> rejects = new ArrayList<>();
        Map<String, String> layouts = new TreeMap<>();
        for (Path file : files(dir.resolve("stats"))) {
            ReadSummary summary = reader.read(file, f -> facts.incrementAndGet(), rejects::add);
            layouts.put(file.getFileName().toString(), summary.layout());
        }
        assertThat(rejects).isEmpty();
        assertThat(facts.get()).isEqualTo(ROWS);
        assertThat(layouts.values()).contains("tidy").anyMatch(l -> l.contains("world"));
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static Map<String, String> hashes(Path folder) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        for (Path file : files(folder)) {
            hashes.put(folder.relativize(file).toString(), org.infradigest.input.ContentHash.of(Files.readAllBytes(file)));
        }
        return hashes;
    }
}
