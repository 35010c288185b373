package org.infradigest.news;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a page says about its article in its head and structured data: title, publication date,
 * canonical URL and outlet. Read before the furniture is removed, since JSON-LD lives in a script.
 *
 * @param title     from {@code <h1>}, og:title, JSON-LD headline or {@code <title>}, in that order
 * @param published from article:published_time and its cousins, else JSON-LD datePublished; null if none
 * @param url       canonical link, og:url or JSON-LD url
 * @param outlet    og:site_name or JSON-LD publisher name
 */
record HtmlMetadata(String title, LocalDate published, String url, String outlet) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    // Every selector for a meta tag is tested on the page's meta elements, found once, rather than run over
    // the whole page four times: the same elements in the same order.
    private static final Evaluator PUBLISHED_META = QueryParser.parse("meta[property=article:published_time],"
            + " meta[name=article:published_time], meta[itemprop=datePublished], meta[name=pubdate],"
            + " meta[name=publishdate], meta[name=date], meta[name=dc.date], meta[name=DC.date.issued],"
            + " meta[property=og:published_time]");
    private static final Evaluator TITLE_META = QueryParser.parse("meta[property=og:title], meta[name=twitter:title]");
    private static final Evaluator URL_META = QueryParser.parse("meta[property=og:url]");
    private static final Evaluator SITE_NAME_META = QueryParser.parse("meta[property=og:site_name]");
    private static final Evaluator ARTICLE_HEADLINE = QueryParser.parse("article h1");
    private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical][href]");
    private static final Evaluator JSON_LD = QueryParser.parse("script[type=application/ld+json]");
    /** Site names that pages append to their {@code <title>}: "Headline - Site" or "Headline | Site". */
    private static final Pattern ABSOLUTE_URL = Pattern.compile("(?i)https?://\\S+");
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[-|–—_]\\s+[^-|–—_]{1,40}$");

    static HtmlMetadata of(Document page) {
        JsonLd jsonLd = JsonLd.of(page);
        Elements metas = page.getElementsByTag("meta");
        String title = firstNonBlank(
                text(page.selectFirst(ARTICLE_HEADLINE)), text(page.selectFirst(Selectors.HEADLINE)),
                meta(metas, TITLE_META), jsonLd.headline,
                TITLE_SUFFIX.matcher(page.title()).replaceFirst(""));
        LocalDate published = PublicationDates.parse(meta(metas, PUBLISHED_META))
                .or(() -> PublicationDates.parse(jsonLd.datePublished))
                .orElse(null);
        Element canonical = page.selectFirst(CANONICAL);
        String url = firstNonBlank(absolute(canonical == null ? null : canonical.attr("href")),
                absolute(meta(metas, URL_META)), absolute(jsonLd.url));
        String outlet = firstNonBlank(meta(metas, SITE_NAME_META), jsonLd.publisher);
        return new HtmlMetadata(title, published, url, outlet);
    }

    /** The first non-blank content of the meta elements the selector matches, in page order. */
    private static String meta(Elements metas, Evaluator selector) {
        for (Element meta : metas) {
            if (meta.is(selector) && !meta.attr("content").isBlank()) {
                return meta.attr("content");
            }
        }
        return null;
    }

    /** The URL if it is absolute: a relative one cannot be resolved, since pages come without their address. */
    private static String absolute(String url) {
        return url != null && ABSOLUTE_URL.matcher(url.strip()).matches() ? url.strip() : null;
    }

    private static String text(Element element) {
        return element == null ? null : element.text();
    }

    private static String firstNonBlank(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip();
            }
        }
        return null;
    }

    /** The article fields of a page's JSON-LD blocks, wherever they sit ({@code @graph}, arrays, nesting). */
    private record JsonLd(String headline, String datePublished, String url, String publisher) {

        static JsonLd of(Document page) {
            String headline = null;
            String datePublished = null;
            String url = null;
            String publisher = null;
            for (Element script : page.select(JSON_LD)) {
                Optional<JsonNode> root = parse(script.data());
                if (root.isEmpty()) {
                    continue;
                }
                Deque<JsonNode> pending = new ArrayDeque<>();
                pending.push(root.get());
                while (!pending.isEmpty()) {
                    JsonNode node = pending.pop();
                    if (node.isObject()) {
                        headline = headline != null ? headline : string(node, "headline");
                        datePublished = datePublished != null ? datePublished : string(node, "datePublished");
                        if (url == null && node.has("datePublished")) {
                            url = string(node, "url");
                        }
                        if (publisher == null && node.path("publisher").isObject()) {
                            publisher = string(node.path("publisher"), "name");
                        }
                    }
                    node.values().forEach(pending::push);
                }
            }
            return new JsonLd(headline, datePublished, url, publisher);
        }

        private static Optional<JsonNode> parse(String json) {
            try {
                return Optional.of(JSON.readTree(json));
            } catch (JacksonException broken) {
                // structured data is a bonus: a broken block only means fewer hints
                return Optional.empty();
            }
        }

        private static String string(JsonNode node, String field) {
            JsonNode value = node.get(field);
            return value != null && value.isString() ? value.stringValue() : null;
        }
    }
}
