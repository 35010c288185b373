package org.infradigest.stats;

import java.util.List;

/**
 * Writes a row's cells back as one delimited line, quoting only cells that need it: the text analysts
 * see as a statistics fact's sentence. Hand-written because it runs once per row of every file.
 */
final class RowText {

    private RowText() {
    }

    static String of(List<String> cells, char delimiter) {
        StringBuilder line = new StringBuilder(128);
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(delimiter);
            }
            String cell = cells.get(i) == null ? "" : cells.get(i);
            if (needsQuotes(cell, delimiter)) {
                line.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                line.append(cell);
            }
        }
        return line.toString();
    }

    private static boolean needsQuotes(String cell, char delimiter) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == delimiter || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
