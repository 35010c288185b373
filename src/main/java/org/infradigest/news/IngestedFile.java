package org.infradigest.news;

import org.infradigest.input.InputFile;

import java.util.List;

import org.infradigest.domain.Article;
import org.infradigest.domain.Reject;

/**
 * A news file after reading: its articles and its rejects, with the hash that marks it as read.
 *
 * @param sha256 hex hash of the file's bytes, or null when the file could not be read at all
 */
public record IngestedFile(InputFile file, String sha256, long size, String kind, List<Article> articles,
                           List<Reject> rejects) {
}
