package org.infradigest.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    /** Pieces that reach the grammar's corners: quotes where they open a cell and where they do not, doubled
     * quotes, white space after a closing quote (which commons-csv drops) and other text there (an error), every
     * line break, in and out of quotes, non-ASCII text and the three delimiters. */
    private static final String[] PIECES = {"a", "bc", "42", "\u00dcn\u00efc\u00f6de", "\uD83D\uDCF6", " ", "\t", ",", ";",
        ",", "\"", "\"\"", "\"x\"", "\"x,y\"", "\"a\"\"b\"", "\" \"", "\n", "\r", "\r\n", "\n\n", "x\"y", "\u00a0",
        "\u2028", "\"\n\"", "\" \n", "\"\r\n\"", "\f", ", \"q\"  ,", "\u0000"};

    @Test
    void readsRandomTextAsCommonsCsvDoes() {
        SplittableRandom random = new SplittableRandom(20261207);
        for (int n = 0; n < 60_000; n++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(n < 30_000 ? 12 : 40);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            char delimiter = ",;\t".charAt(random.nextInt(3));
            int buffer = random.nextBoolean() ? 1 + random.nextInt(8) : 64 * 1024;
            assertThat(ours(text.toString(), delimiter, buffer))
                    .as("%s with '%s', buffer %d", text.toString().replace("\r", "\\r").replace("\n", "\\n"),
                            delimiter, buffer)
                    .isEqualTo(commonsCsv(text.toString(), delimiter));
        }
    }

    @Test
    void handsBackARecordWithoutQuotesAsItsOwnText() throws IOException {
        // given
        CsvRecords records = new CsvRecords(new StringReader("metric,value\r\nbase_stations, 5 ,\n\n\"x\",y"), ',',
                1_000);

        // then
        assertThat(records.next()).isTrue();
        assertThat(records.text()).isEqualTo("metric,value");
        assertThat(records.next()).isTrue();
        assertThat(records.cells()).containsExactly("base_stations", " 5 ", "");
        assertThat(records.text()).isEqualTo("base_stations, 5 ,");
        assertThat(records.line()).isEqualTo(2);
        assertThat(records.next()).isTrue();
        assertThat(records.cells()).isEmpty();
        assertThat(records.next()).isTrue();
        assertThat(records.cells()).containsExactly("x", "y");
        assertThat(records.text()).isEqualTo("x,y");
        assertThat(records.line()).isEqualTo(4);
        assertThat(records.next()).isFalse();
    }

    @Test
    void failsARecordLongerThanTheBoundWithoutReadingTheRest() throws IOException {
        // given: a 10,001-character line, then one that never ends; read from a reader that counts what it gives
        int[] given = {0};
        Reader endless = new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) {
                java.util.Arrays.fill(buffer, offset, offset + length, 'x');
                given[0] += length;
                return length;
            }

            @Override
            public void close() {
            }
        };
        CsvRecords tooLong = new CsvRecords(new StringReader("y".repeat(10_001) + "\nz\n"), ',', 10_000, 64);
        CsvRecords neverEnding = new CsvRecords(endless, ',', 10_000, 64);

        // then
        assertThatThrownBy(tooLong::next).isInstanceOf(CsvRecords.CsvSyntaxException.class)
                .hasMessage("a record runs over 10,000 characters (an unclosed quote?)");
        assertThatThrownBy(neverEnding::next).hasMessage("a record runs over 10,000 characters (an unclosed quote?)");
        assertThat(given[0]).isLessThan(40_000);
    }

    @Test
    void saysWhatIsWrongWithAQuotedCell() {
        assertThatThrownBy(() -> new CsvRecords(new StringReader("a,\"b\nc"), ',', 100).next())
                .hasMessage("a quoted cell is not closed before the end of the file");
        assertThatThrownBy(() -> new CsvRecords(new StringReader("a;\"b\"c;d"), ';', 100).next())
                .hasMessage("a quoted cell is followed by text before the next ';'");
        assertThatThrownBy(() -> new CsvRecords(new StringReader("\"b\"c"), '\t', 100).next())
                .hasMessage("a quoted cell is followed by text before the next tab");
    }

    /** Each record as its line, cells and text, and "error at line N" last if the text stops being CSV. */
    private static List<String> ours(String text, char delimiter, int buffer) {
        List<String> out = new ArrayList<>();
        CsvRecords records = new CsvRecords(new StringReader(text), delimiter, 1_000_000, buffer);
        try {
            while (records.next()) {
                out.add(records.line() + " " + records.cells() + " " + records.text());
            }
        } catch (CsvRecords.CsvSyntaxException e) {
            out.add("error at line " + records.line());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The same through commons-csv, as the statistics reader used it before. */
    private static List<String> commonsCsv(String text, char delimiter) {
        List<String> out = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    List<String> cells = records.next().toList();
                    out.add(line + " " + cells + " " + RowText.of(cells, delimiter));
                } catch (UncheckedIOException | IllegalStateException e) {
                    out.add("error at line " + line);
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
