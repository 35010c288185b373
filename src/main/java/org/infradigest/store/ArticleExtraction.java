package org.infradigest.store;

import java.util.List;

import org.infradigest.domain.Extraction;
import org.infradigest.domain.Reject;

/** What extraction produced for one stored article, ready to be written. */
public record ArticleExtraction(String articleKey, Extraction extraction, List<Reject> rejects) {
}
