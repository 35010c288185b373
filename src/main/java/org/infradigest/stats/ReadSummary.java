package org.infradigest.stats;

/**
 * What reading one statistics file produced, for the step's log line and its counters.
 *
 * @param file    file name
 * @param layout  layout that read it ({@code worldbank-wide}, {@code owid-grapher}, {@code opencellid},
 *                {@code tidy}, {@code profiled}), or {@code none} when the file was not a usable table
 * @param rows    rows read after the header (blank lines and trailing notes included)
 * @param facts   facts emitted
 * @param missing cells that said "no value" ({@code ..}, empty) and so gave no fact
 * @param rejects rejects emitted
 */
public record ReadSummary(String file, String layout, long rows, long facts, long missing, long rejects) {
}
