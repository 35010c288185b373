package org.infradigest.store;

import java.util.List;

import org.infradigest.domain.Extraction;
import org.infradigest.domain.Reject;

/**
 * What extraction produced for one stored article, ready to be written.
 *
 * @param stored the article as read for extraction, or null to have the store look it up by key
 */
public record ArticleExtraction(String articleKey, Extraction extraction, List<Reject> rejects, StoredArticle stored) {

    public ArticleExtraction(String articleKey, Extraction extraction, List<Reject> rejects) {
        this(articleKey, extraction, rejects, null);
    }
}
