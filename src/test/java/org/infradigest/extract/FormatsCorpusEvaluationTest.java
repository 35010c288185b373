package org.infradigest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.infradigest.domain.Article;
import org.infradigest.domain.Fact;
import org.infradigest.news.CanonicalUrl;
import org.infradigest.news.NewsFileParser;
import org.infradigest.news.ParseResult;
import org.junit.jupiter.api.Test;

/**
 * The development articles as they really arrive (an HTML page with furniture, RSS and Atom feeds, news-please
 * JSON lines), read by the real news readers and then the engine, scored against the same gold facts.
 */
class FormatsCorpusEvaluationTest {

    private static final List<String> FILES = List.of("11_shanghai.html", "feed.rss.xml", "feed.atom.xml",
            "articles.jsonl");

    @Test
    void theFormatsGiveTheSameFactsAsThePlainTextArticles() throws IOException {
        ExtractionEngine engine = ExtractionEngine.fromClasspath();
        Map<String, String> goldByUrl = goldByUrl();
        NewsFileParser parser = new NewsFileParser();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int articles = 0;
        StringBuilder report = new StringBuilder();
        for (String file : FILES) {
            ParseResult parsed = parser.parse(file, bytes("news/formats/" + file));
            assertThat(parsed.rejects()).as(file).isEmpty();
            for (Article article : parsed.articles()) {
                String name = goldByUrl.get(CanonicalUrl.of(article.url()));
                assertThat(name).as("gold for %s in %s", article.url(), file).isNotNull();
                List<Fact> facts = engine.extract(article).facts();
                StringBuilder detail = new StringBuilder();
                CorpusEvaluationTest.Score s = CorpusEvaluationTest.score(name, facts,
                        CorpusEvaluationTest.gold(name), detail);
                tp += s.truePositives();
                fp += s.falsePositives();
                fn += s.falseNegatives();
                articles++;
                report.append(String.format("%-16s %-48s tp=%d fp=%d fn=%d%n", file, name, s.truePositives(),
                        s.falsePositives(), s.falseNegatives())).append(detail);
            }
        }
        double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        report.append(String.format("FORMATS precision=%.3f recall=%.3f over %d articles (tp=%d fp=%d fn=%d)%n",
                precision, recall, articles, tp, fp, fn));
        System.out.println(report);

        assertThat(articles).isEqualTo(6);
        assertThat(precision).as(report.toString()).isGreaterThanOrEqualTo(0.95);
        assertThat(recall).as(report.toString()).isGreaterThanOrEqualTo(0.90);
    }

    /** Gold file name per article URL, from the URL: lines of the plain-text development articles. */
    private static Map<String, String> goldByUrl() {
        Map<String, String> byUrl = new LinkedHashMap<>();
        for (String name : CorpusEvaluationTest.ARTICLES) {
            for (String line : NewsFixture.read("corpus/news/" + name + ".txt").lines().toList()) {
                if (line.startsWith("URL:")) {
                    byUrl.put(CanonicalUrl.of(line.substring(4).trim()), name);
                }
            }
        }
        return byUrl;
    }

    private static byte[] bytes(String resource) throws IOException {
        try (InputStream in = FormatsCorpusEvaluationTest.class.getClassLoader().getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }
}
