package org.infradigest.publish;

import java.time.LocalDate;

/**
 * One input read in the run: an article or a statistics file, with how many facts it gave.
 *
 * @param source    URL or file name, as in facts.csv
 * @param title     article title or file description, may be empty
 * @param published publication date, or null when unknown
 * @param format    reader that produced it (text, html, rss, atom, jsonl, or a statistics format)
 * @param facts     number of facts read from it
 */
public record SourceEntry(String source, String title, LocalDate published, String format, int facts) {
}
