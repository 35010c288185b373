package org.infradigest.stats;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The records of delimited text, read as commons-csv's default format reads them with empty lines kept: cells split
 * at the delimiter, a cell that starts with a double quote runs to the next lone quote (a doubled one stands for a
 * quote, line breaks are kept), white space between a closing quote and the delimiter is dropped, a quote inside an
 * unquoted cell is text, CR, LF and CRLF end a line, and an empty line is a record without cells.
 *
 * <p>Hand-written for speed: commons-csv appends every character to a builder one at a time, which was half of
 * reading a tidy table's row into a fact. Here an unquoted cell is copied out of the buffer whole, and a record
 * without any quote is handed back as its own text, which is what {@link RowText} would write for it.
 * {@code CsvRecordsTest} compares the two on random text, malformed quoting included.
 */
final class CsvRecords {

    private static final char QUOTE = '"';
    private static final int BUFFER = 64 * 1024;

    private final Reader in;
    private final char delimiter;
    private final int maxRecordChars;
    private char[] buffer;
    private int position;
    private int limit;
    private boolean endOfInput;
    /** Where the current record starts in the buffer; what is before it may be dropped on a refill. */
    private int recordStart;
    /** Where the current cell starts in the buffer; moved with the record on a refill. */
    private int cellStart;
    /** Line breaks read so far (CRLF counts once), inside quoted cells too. */
    private long lineBreaks;

    private long line;
    private List<String> cells;
    private String text;

    /** @param maxRecordChars a record that runs longer fails the read, instead of filling the heap */
    CsvRecords(Reader in, char delimiter, int maxRecordChars) {
        this(in, delimiter, maxRecordChars, BUFFER);
    }

    /** With a buffer of {@code bufferChars} to begin with (tests move records across refills with small ones). */
    CsvRecords(Reader in, char delimiter, int maxRecordChars, int bufferChars) {
        this.in = in;
        this.delimiter = delimiter;
        this.maxRecordChars = maxRecordChars;
        this.buffer = new char[Math.max(1, bufferChars)];
    }

    /** The line the current record starts on, from 1. */
    long line() {
        return line;
    }

    /** The current record's cells. */
    List<String> cells() {
        return cells;
    }

    /** The current record as one delimited line, quoting only the cells that need it ({@link RowText}). */
    String text() {
        return text;
    }

    /**
     * Reads the next record; false at the end of the input.
     *
     * @throws CsvSyntaxException for a quoted cell that never closes or is followed by text, or a record too long
     */
    boolean next() throws IOException {
        recordStart = position;
        line = lineBreaks + 1;
        if (!available()) {
            return false;
        }
        char first = buffer[position];
        if (first == '\n' || first == '\r') {
            lineEnd();
            cells = List.of();
            text = "";
            return true;
        }
        List<String> row = new ArrayList<>(cells == null ? 8 : Math.max(8, cells.size()));
        boolean sawQuote = false;
        while (true) {
            if (!available()) { // the input ends right after a delimiter: one more, empty cell
                row.add("");
                return record(row, sawQuote, position);
            }
            if (buffer[position] == QUOTE) {
                sawQuote = true;
                row.add(quotedCell());
                if (!afterQuotedCell()) {
                    return record(row, true, position);
                }
                continue;
            }
            cellStart = position;
            sawQuote |= scanUnquotedCell();
            row.add(new String(buffer, cellStart, position - cellStart));
            if (position == limit) { // the end of the input
                return record(row, sawQuote, position);
            }
            if (buffer[position] == delimiter) {
                position++;
                continue;
            }
            // The text before the line break: stepping over it may move the buffer.
            record(row, sawQuote, position);
            lineEnd();
            return true;
        }
    }

    /** Makes {@code row} the current record, which ends (line break aside) at {@code end}. */
    private boolean record(List<String> row, boolean sawQuote, int end) throws CsvSyntaxException {
        if (end - recordStart > maxRecordChars) {
            throw tooLong();
        }
        cells = row;
        // Without a quote, no cell holds a delimiter or a line break: the record's text is what RowText writes.
        text = sawQuote ? RowText.of(row, delimiter) : new String(buffer, recordStart, end - recordStart);
        return true;
    }

    /**
     * Moves the cursor to the end of an unquoted cell: a delimiter, a line break or the end of the input. True when
     * the cell holds a quote. The loop works on locals, so that the compiler keeps them in registers.
     */
    private boolean scanUnquotedCell() throws IOException {
        boolean sawQuote = false;
        char separator = delimiter;
        while (true) {
            char[] chars = buffer;
            int end = limit;
            int p = position;
            while (p < end) {
                char c = chars[p];
                if (c == separator || c == '\n' || c == '\r') {
                    break;
                }
                sawQuote |= c == QUOTE;
                p++;
            }
            position = p;
            if (p < end || !available()) {
                return sawQuote;
            }
        }
    }

    /** The cell that starts at the quote under the cursor, without its quotes; the cursor ends after the last. */
    private String quotedCell() throws IOException {
        position++;
        StringBuilder value = null;
        cellStart = position;
        while (true) {
            if (position == limit && !available()) {
                throw new CsvSyntaxException("a quoted cell is not closed before the end of the file");
            }
            char c = buffer[position];
            if (c == QUOTE) {
                if (position + 1 == limit) {
                    available(position + 1);
                }
                if (position + 1 < limit && buffer[position + 1] == QUOTE) { // a doubled quote stands for one
                    value = (value == null ? new StringBuilder() : value)
                            .append(buffer, cellStart, position + 1 - cellStart);
                    position += 2;
                    cellStart = position;
                    continue;
                }
                String rest = new String(buffer, cellStart, position - cellStart);
                position++;
                return value == null ? rest : value.append(rest).toString();
            }
            if (c == '\r' || (c == '\n' && buffer[position - 1] != '\r')) { // as commons-csv counts them
                lineBreaks++;
            }
            position++;
        }
    }

    /** After a quoted cell: true when a delimiter follows (another cell), false at the end of the record. */
    private boolean afterQuotedCell() throws IOException {
        while (true) {
            if (position == limit && !available()) {
                return false;
            }
            char c = buffer[position];
            if (c == delimiter) {
                position++;
                return true;
            }
            if (c == '\n' || c == '\r') {
                lineEnd();
                return false;
            }
            if (!Character.isWhitespace(c)) {
                throw new CsvSyntaxException("a quoted cell is followed by text before the next "
                        + (delimiter == '\t' ? "tab" : "'" + delimiter + "'"));
            }
            position++;
        }
    }

    /** Steps over the line break under the cursor: CR, LF or CRLF. */
    private void lineEnd() throws IOException {
        char c = buffer[position++];
        lineBreaks++;
        if (c == '\r' && (position < limit || available()) && buffer[position] == '\n') {
            position++;
        }
    }

    /** True when a character is at the cursor, reading more input if needed. */
    private boolean available() throws IOException {
        return available(position);
    }

    /** True when a character is at {@code index}, reading more input if needed. */
    private boolean available(int index) throws IOException {
        while (index >= limit) {
            if (endOfInput) {
                return false;
            }
            int shift = fill();
            index -= shift;
        }
        return true;
    }

    /** Reads more input behind what is buffered; returns how far the buffer's content moved towards its start. */
    private int fill() throws IOException {
        if (position - recordStart > maxRecordChars) {
            throw tooLong();
        }
        int shift = recordStart;
        if (shift > 0) {
            System.arraycopy(buffer, shift, buffer, 0, limit - shift);
            limit -= shift;
            position -= shift;
            cellStart -= shift;
            recordStart = 0;
        } else if (limit == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int n = in.read(buffer, limit, buffer.length - limit);
        if (n < 0) {
            endOfInput = true;
        } else {
            limit += n;
        }
        return shift;
    }

    private CsvSyntaxException tooLong() {
        return new CsvSyntaxException(String.format(Locale.ROOT, "a record runs over %,d characters (an unclosed quote?)",
                maxRecordChars));
    }

    /** Text that is not a well-formed record: the file cannot be read on from it. */
    static final class CsvSyntaxException extends IOException {
        CsvSyntaxException(String message) {
            super(message);
        }
    }
}
