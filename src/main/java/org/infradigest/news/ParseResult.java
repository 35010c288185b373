package org.infradigest.news;

import java.util.List;

import org.infradigest.domain.Article;
import org.infradigest.domain.Reject;

/**
 * What one news file yielded: the articles that could be read and a reject for everything that could not.
 * A file can give both, e.g. a JSON-lines file with one broken line.
 *
 * @param articles articles in the order they appear in the file
 * @param rejects  what could not be used, each with its location and reason
 */
public record ParseResult(List<Article> articles, List<Reject> rejects) {

    public ParseResult {
        articles = List.copyOf(articles);
        rejects = List.copyOf(rejects);
    }

    static ParseResult of(List<Article> articles, List<Reject> rejects) {
        return new ParseResult(articles, rejects);
    }

    static ParseResult rejected(Reject reject) {
        return new ParseResult(List.of(), List.of(reject));
    }
}
