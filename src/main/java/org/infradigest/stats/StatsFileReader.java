package org.infradigest.stats;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.infradigest.domain.Reject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one statistics file (CSV or other delimited text, or XLSX) into facts and rejects, whatever its
 * layout: World Bank wide, Our World in Data grapher, OpenCelliD cell export, tidy table, or any table
 * a {@link SourceProfile} describes. Streaming: rows are read, turned into facts and dropped one at a
 * time, so memory does not grow with the file. Never throws on bad input: a bad row is a reject with
 * its line, a file that is not a usable table is one reject. One reader can serve several threads
 * at once if the resolvers it was given can.
 *
 * <pre>{@code
 * var reader = new StatsFileReader(StatsVocabulary.bundled(regions, OperatorResolver.none()));
 * ReadSummary summary = reader.read(path, facts::add, rejects::add);
 * }</pre>
 */
public final class StatsFileReader {

    private static final Logger log = LoggerFactory.getLogger(StatsFileReader.class);

    private final StatsVocabulary vocabulary;

    public StatsFileReader(StatsVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * Reads a file from disk with the profile that applies to it ({@code <file>.profile.yml} or
     * {@code profile.yml} beside it); an unreadable profile or file is one reject.
     */
    public ReadSummary read(Path file, Consumer<StatFact> facts, Consumer<Reject> rejects) {
        return read(file, file.getFileName().toString(), facts, rejects);
    }

    /**
     * As {@link #read(Path, Consumer, Consumer)}, with the name users know the file by (e.g. its path below
     * the input folder); it becomes the facts' source and the rejects' file.
     */
    public ReadSummary read(Path file, String name, Consumer<StatFact> facts, Consumer<Reject> rejects) {
        Optional<SourceProfile> profile;
        try {
            profile = SourceProfileParser.findFor(file);
        } catch (InvalidProfileException e) {
            rejects.accept(new Reject(ReadContext.STEP, name, null, "source profile unusable: " + e.getMessage()));
            return new ReadSummary(name, "none", 0, 0, 0, 1);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(name, Optional.of(file), in, profile, facts, rejects);
        } catch (IOException e) {
            rejects.accept(new Reject(ReadContext.STEP, name, null, "cannot be opened: " + e.getMessage()));
            return new ReadSummary(name, "none", 0, 0, 0, 1);
        }
    }

    /**
     * Reads one file from a stream; the stream is not closed. Text is streamed; an XLSX workbook read
     * from a stream is unzipped in memory (POI needs random access), so prefer {@link #read(Path, Consumer,
     * Consumer)} for large workbooks.
     *
     * @param fileName the file's name: it becomes the facts' source and may name the indicator or the date
     * @param profile  how to read a layout that is not recognised, or what a recognised one lacks
     */
    public ReadSummary read(String fileName, InputStream in, Optional<SourceProfile> profile,
                            Consumer<StatFact> facts, Consumer<Reject> rejects) {
        return read(fileName, Optional.empty(), in, profile, facts, rejects);
    }

    private ReadSummary read(String fileName, Optional<Path> file, InputStream in, Optional<SourceProfile> profile,
                             Consumer<StatFact> facts, Consumer<Reject> rejects) {
        ReadContext context = new ReadContext(fileName, vocabulary, profile, facts, rejects);
        LayoutRouter router = new LayoutRouter(context);
        try {
            BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
            buffered.mark(FileSignature.PEEK_BYTES);
            byte[] head = buffered.readNBytes(FileSignature.PEEK_BYTES);
            buffered.reset();
            FileSignature signature = FileSignature.of(head, head.length, profile.map(SourceProfile::encoding).orElse(null));
            if (fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx") && signature.kind() == FileSignature.Kind.TEXT) {
                // read as CSV it would give misleading rejects row by row (e.g. "region is empty")
                router.fail("named .xlsx but is not an XLSX workbook (it holds text, not a zip archive)");
            } else {
                switch (signature.kind()) {
                    case NOT_A_TABLE -> router.fail(signature.notATable());
                    case XLSX -> readWorkbook(file, buffered, router);
                    case TEXT -> readText(buffered, signature, head, profile, router);
                }
            }
            router.finish();
        } catch (IOException | RuntimeException e) {
            // I/O failure or a bug half-way: the rows read so far stand, the file gets one reject.
            router.fail("reading stopped: " + e);
        }
        ReadSummary summary = router.summary();
        log.info("Read {}: layout {}, {} rows, {} facts, {} missing, {} rejects", fileName, summary.layout(),
                summary.rows(), summary.facts(), summary.missing(), summary.rejects());
        return summary;
    }

    private static void readText(InputStream in, FileSignature signature, byte[] head,
                                 Optional<SourceProfile> profile, LayoutRouter router) throws IOException {
        in.skipNBytes(signature.bomLength());
        char delimiter = profile.map(SourceProfile::delimiter)
                .orElseGet(() -> FileSignature.sniffDelimiter(firstLine(head, signature, profile)));
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, signature.charset()), 64 * 1024);
        new CsvTableSource(delimiter).read(reader, router, router::stop, router::wantsMore);
    }

    // The header is what counts for the delimiter; the profile's skipped lines come before it.
    private static String firstLine(byte[] head, FileSignature signature, Optional<SourceProfile> profile) {
        String text = new String(head, signature.bomLength(), head.length - signature.bomLength(), signature.charset());
        int skip = profile.map(SourceProfile::skipRows).orElse(0);
        return text.lines().skip(skip).filter(l -> !l.isBlank()).findFirst().orElse("");
    }

    private static void readWorkbook(Optional<Path> file, InputStream in, LayoutRouter router) {
        try {
            XlsxTableSource source = new XlsxTableSource();
            if (file.isPresent()) {
                source.read(file.get(), router);
            } else {
                source.read(in, router);
            }
        } catch (Exception e) {
            // POI's messages go on for lines of advice to developers; the first line says what is wrong
            String message = e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage().lines().findFirst().orElse("").strip();
            router.fail("not a readable XLSX workbook: " + message);
        }
    }
}
