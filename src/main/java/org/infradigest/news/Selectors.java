package org.infradigest.news;

import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * CSS selectors that several readers use, parsed once: jsoup parses a selector string anew on every
 * {@code select()} call. Selectors of one class only stay in that class.
 */
final class Selectors {

    static final Evaluator ARTICLE = QueryParser.parse("article");
    static final Evaluator HEADLINE = QueryParser.parse("h1");
    static final Evaluator PARAGRAPH = QueryParser.parse("p");

    private Selectors() {
    }
}
