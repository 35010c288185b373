package org.infradigest.extract;

/**
 * A unit of text the engine reads figures from: a prose sentence, or one table row.
 *
 * @param text      the sentence; for a table row the label and value lines joined by a newline ("|Karnataka\n|30214")
 * @param paragraph index of the paragraph (or table) it belongs to
 * @param rowLabel  for a table row, the label cell ("Karnataka"); null for prose
 * @param rowValue  for a table row, the value cell ("30214"); null for prose
 * @param caption   for a table row, the table's caption and column headers joined; null for prose
 */
public record Sentence(String text, int paragraph, String rowLabel, String rowValue, String caption) {

    public static Sentence prose(String text, int paragraph) {
        return new Sentence(text, paragraph, null, null, null);
    }

    public boolean isTableRow() {
        return rowLabel != null;
    }
}
