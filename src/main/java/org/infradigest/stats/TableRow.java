package org.infradigest.stats;

import java.util.List;

/**
 * One row of a table, whatever the file format.
 *
 * @param location where the row is, for rejects and analysts: {@code line 12} or {@code row 12}
 * @param cells    cell texts, never null (empty string for an empty cell)
 * @param text     the row as written, e.g. the CSV line: it becomes the fact's sentence
 */
record TableRow(String location, List<String> cells, String text) {

    /** The cell at {@code index}, trimmed, or an empty string when the row is shorter. */
    String cell(int index) {
        return index >= 0 && index < cells.size() && cells.get(index) != null ? cells.get(index).trim() : "";
    }

    /** True when every cell is empty: a blank line or a separator row. */
    boolean isBlank() {
        for (String cell : cells) { // a loop, not a stream: this runs for every row
            if (cell != null && !cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
