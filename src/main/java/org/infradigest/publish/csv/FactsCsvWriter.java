package org.infradigest.publish.csv;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.infradigest.domain.Fact;
import org.infradigest.publish.DigestModel;
import org.infradigest.publish.FactOrder;
import org.infradigest.publish.FigureFormat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
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
 */
public final class FactsCsvWriter {

    /** The header, exactly as other tools expect it. */
    public static final List<String> HEADER =
            List.of("metric", "value", "unit", "region", "operator", "period", "qualifier", "origin", "source", "sentence");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(HEADER.toArray(String[]::new))
            .setRecordSeparator("\r\n")
            .setQuoteMode(QuoteMode.MINIMAL)
            .get();

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
        return new Rows(new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), FORMAT));
    }

    /** A facts.csv being written: rows in, then {@link #finish()}. */
    public static final class Rows implements Consumer<Fact> {

        private final CSVPrinter printer;

        private Rows(CSVPrinter printer) {
            this.printer = printer;
        }

        /** Writes one row; an I/O failure is thrown as {@link UncheckedIOException}. */
        @Override
        public void accept(Fact fact) {
            try {
                printRow(printer, fact);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Flushes what is buffered to the stream. */
        public void finish() throws IOException {
            printer.flush();
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
        // No BOM: the contract says plain UTF-8 and most CSV readers outside Excel choke on one.
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        while (facts.hasNext()) {
            printRow(printer, facts.next());
        }
        printer.flush();
    }

    private static void printRow(CSVPrinter printer, Fact fact) throws IOException {
        printer.printRecord(
                fact.metric(),
                FigureFormat.plain(fact.value()),
                fact.unit(),
                fact.region(),
                empty(fact.operator()),
                empty(fact.period()),
                fact.qualifier() == null ? "" : fact.qualifier().code(),
                fact.origin() == null ? "" : fact.origin().code(),
                fact.source(),
                fact.sentence());
    }

    private static String empty(String s) {
        return s == null ? "" : s;
    }
}
