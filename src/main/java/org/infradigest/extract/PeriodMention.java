package org.infradigest.extract;

/**
 * A time expression found in a sentence.
 *
 * @param start     offset of its first character
 * @param end       offset after its last character
 * @param period    resolved period: YYYY, YYYY-MM, YYYY-MM-DD or START/END; null when it cannot be resolved
 * @param reference true when it is a point of comparison ("since the end of last year", "than a year before"),
 *                  not the time a figure refers to
 * @param future    true for a deadline after the article's date ("by the end of 2025" in a 2023 article)
 */
public record PeriodMention(int start, int end, String period, boolean reference, boolean future) {
}
