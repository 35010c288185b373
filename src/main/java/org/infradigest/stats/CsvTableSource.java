package org.infradigest.stats;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the records of a delimited text file to a row consumer, one at a time, each with the line it
 * starts on and its text as a CSV line. Blank lines are passed on (World Bank notes follow one).
 */
final class CsvTableSource {

    /** No statistics row is this long; a stray quote that makes the rest of a big file one cell is. */
    static final int MAX_RECORD_CHARS = 1_000_000;

    private final CSVFormat format;
    private final char delimiter;

    CsvTableSource(char delimiter) {
        this.delimiter = delimiter;
        this.format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
    }

    /**
     * Reads every record, or until {@code wantsMore} says no (a file that has failed is not parsed on).
     * A syntax error (an unclosed quote) stops the file; it is reported to
     * {@code syntaxError} with its location and reason, and the rows before it stand.
     */
    void read(Reader reader, Consumer<TableRow> rows, BiConsumer<String, String> syntaxError,
              BooleanSupplier wantsMore) throws IOException {
        BoundedRecordReader bounded = new BoundedRecordReader(reader);
        try (CSVParser parser = CSVParser.builder().setReader(bounded).setFormat(format).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            while (wantsMore.getAsBoolean()) {
                // The parser reads a record only in hasNext(), so the line count before it is where the record starts.
                long line = parser.getCurrentLineNumber() + 1;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        return;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    syntaxError.accept("line " + line, "CSV syntax error, the rest of the file is not read: "
                            + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
                    return;
                }
                bounded.recordDone();
                List<String> cells = record.toList();
                rows.accept(new TableRow("line " + line, cells, RowText.of(cells, delimiter)));
            }
        }
    }

    /** Fails the read when one record needs more than {@link #MAX_RECORD_CHARS}: a reject, not an OutOfMemoryError. */
    private static final class BoundedRecordReader extends FilterReader {

        private long sinceRecord;

        BoundedRecordReader(Reader in) {
            super(in);
        }

        void recordDone() {
            sinceRecord = 0;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            count(c < 0 ? 0 : 1);
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws IOException {
            sinceRecord += n;
            // the parser reads ahead a buffer beyond the record it is on, hence the slack
            if (sinceRecord > MAX_RECORD_CHARS + 64 * 1024) {
                throw new IOException(String.format(Locale.ROOT,
                        "a record runs over %,d characters (an unclosed quote?)", MAX_RECORD_CHARS));
            }
        }
    }
}
