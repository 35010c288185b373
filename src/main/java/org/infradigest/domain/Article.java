package org.infradigest.domain;

import java.time.LocalDate;

/**
 * One news article as read from any format, before extraction.
 *
 * @param key       content key (SHA-256 of the normalised title and body): the same text from two feeds is one article
 * @param title     headline, never null (empty when the input had none)
 * @param published publication date, or null when the input does not say
 * @param url       canonical URL, or null
 * @param outlet    publishing outlet or source domain, or null
 * @param file      input file the article came from, relative to its input folder
 * @param format    reader that produced it: text, html, rss, atom, jsonl
 * @param body      clean body text, paragraphs separated by newlines
 */
public record Article(String key, String title, LocalDate published, String url, String outlet,
                      String file, String format, String body) {

    /** What facts.csv names as a fact's source: the URL when there is one, else the file name. */
    public String source() {
        return url != null && !url.isBlank() ? url : file;
    }
}
