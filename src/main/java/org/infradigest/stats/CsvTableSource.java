package org.infradigest.stats;

import java.io.IOException;
import java.io.Reader;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Streams the records of a delimited text file to a row consumer, one at a time, each with the line it
 * starts on and its text as a CSV line. Blank lines are passed on (World Bank notes follow one).
 */
final class CsvTableSource {

    /** No statistics row is this long; a stray quote that makes the rest of a big file one cell is. */
    static final int MAX_RECORD_CHARS = 1_000_000;

    private final char delimiter;

    CsvTableSource(char delimiter) {
        this.delimiter = delimiter;
    }

    /**
     * Reads every record, or until {@code wantsMore} says no (a file that has failed is not parsed on).
     * A syntax error (an unclosed quote, text after a closing quote, a record too long) stops the file; it is
     * reported to {@code syntaxError} with the line its record starts on and the reason, and the rows before it
     * stand.
     */
    void read(Reader reader, Consumer<TableRow> rows, BiConsumer<String, String> syntaxError,
              BooleanSupplier wantsMore) throws IOException {
        CsvRecords records = new CsvRecords(reader, delimiter, MAX_RECORD_CHARS);
        while (wantsMore.getAsBoolean()) {
            try {
                if (!records.next()) {
                    return;
                }
            } catch (CsvRecords.CsvSyntaxException e) {
                syntaxError.accept("line " + records.line(), "CSV syntax error, the rest of the file is not read: "
                        + e.getMessage());
                return;
            }
            rows.accept(new TableRow("line " + records.line(), records.cells(), records.text()));
        }
    }
}
