package org.infradigest.publish.csv;

import org.infradigest.domain.Fact;
import org.infradigest.publish.DigestModel;
import org.infradigest.publish.FactOrder;
import org.infradigest.publish.FigureFormat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Writes facts.csv in the layout of the design's contract: UTF-8 without BOM, a header row, RFC 4180
 * quoting and CRLF line ends, one row per fact. Rows are streamed one at a time, so memory does not grow
 * with the number of facts; they are written in the order given, which for a {@link DigestModel} is
 * {@link FactOrder#STABLE}.
 * <p>
 * The rows are written here field by field, exactly as commons-csv's RFC 4180 format with minimal quoting writes
 * them (a test compares the two on random text). Its printer made a stream, an array and copies of the values
 * for every row: writing 500,000 facts took 405 ms of CPU and allocated 291 MB, field by field 266 ms and 78 MB.
 */
public final class FactsCsvWriter {

    /** The header, exactly as other tools expect it. */
    public static final List<String> HEADER =
            List.of("metric", "value", "unit", "region", "operator", "period", "qualifier", "origin", "source", "sentence");

    /** Writes the model's facts in their stable order. Does not close {@code out}. */
    public void write(DigestModel model, OutputStream out) throws IOException {
        Rows rows = open(out);
        try {
            model.facts().forEach(df -> rows.accept(df.fact()));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        rows.finish();
    }

    /**
     * Starts a facts.csv on {@code out} (the header is written) that takes its rows one at a time, so it can be
     * fed by a walk over the facts that writes something else too. Does not close {@code out}.
     */
    public Rows open(OutputStream out) throws IOException {
        // No BOM: the contract says plain UTF-8 and most CSV readers outside Excel choke on one.
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        for (int i = 0; i < HEADER.size(); i++) {
            field(writer, HEADER.get(i), i == 0);
        }
        writer.write(RECORD_END);
        return new Rows(writer);
    }

    /** A facts.csv being written: rows in, then {@link #finish()}. */
    public static final class Rows implements Consumer<Fact> {

        private final Writer out;

        private Rows(Writer out) {
            this.out = out;
        }

        /** Writes one row; an I/O failure is thrown as {@link UncheckedIOException}. */
        @Override
        public void accept(Fact fact) {
            try {
                printRow(out, fact);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Flushes what is buffered to the stream. */
        public void finish() throws IOException {
            out.flush();
        }
    }

    /** Writes facts in the order given. Does not close {@code out}. */
    public void write(Iterable<Fact> facts, OutputStream out) throws IOException {
        write(facts.iterator(), out);
    }

    /** Writes facts in the order given, consuming the stream lazily. Does not close {@code out}. */
    public void write(Stream<Fact> facts, OutputStream out) throws IOException {
        write(facts.iterator(), out);
    }

    private void write(Iterator<Fact> facts, OutputStream out) throws IOException {
        Rows rows = open(out);
        while (facts.hasNext()) {
            printRow(rows.out, facts.next());
        }
        rows.finish();
    }

    private static final String RECORD_END = "\r\n";

    private static void printRow(Writer out, Fact fact) throws IOException {
        field(out, fact.metric(), true);
        field(out, FigureFormat.plain(fact.value()), false);
        field(out, fact.unit(), false);
        field(out, fact.region(), false);
        field(out, fact.operator(), false); // null: empty
        field(out, fact.period(), false);
        field(out, fact.qualifier() == null ? null : fact.qualifier().code(), false);
        field(out, fact.origin() == null ? null : fact.origin().code(), false);
        field(out, fact.source(), false);
        field(out, fact.sentence(), false);
        out.write(RECORD_END);
    }

    /**
     * One field, after a comma unless it is the row's first. Quoted (its quotes doubled) when it holds a comma, a
     * quote, CR or LF, starts with a character up to '#' or ends with one up to ' ', or is an empty first field;
     * a null is an empty field, never quoted. These are commons-csv's rules for minimal quoting.
     */
    private static void field(Writer out, String value, boolean first) throws IOException {
        if (!first) {
            out.write(',');
        }
        if (value == null) {
            return;
        }
        if (!needsQuotes(value, first)) {
            out.write(value);
            return;
        }
        out.write('"');
        int start = 0;
        for (int i = value.indexOf('"'); i >= 0; i = value.indexOf('"', i + 1)) {
            out.write(value, start, i + 1 - start); // up to and with the quote; it starts the next part again
            start = i;
        }
        out.write(value, start, value.length() - start);
        out.write('"');
    }

    private static boolean needsQuotes(String value, boolean first) {
        int n = value.length();
        if (n == 0) {
            return first;
        }
        if (value.charAt(0) <= '#') {
            return true;
        }
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return value.charAt(n - 1) <= ' ';
    }
}
