package org.infradigest.publish;

import org.infradigest.concurrent.BackgroundRows;
import org.infradigest.concurrent.SideTask;
import org.infradigest.domain.Fact;
import org.infradigest.publish.csv.FactsCsvWriter;
import org.infradigest.publish.excel.ExcelDigestWriter;
import org.infradigest.publish.pdf.PdfDigestWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Writes a run's facts.csv, digest.xlsx and digest.pdf into one directory. Each file is written to a
 * temporary file in that directory and only moved into place once all three are complete, so a crash
 * never leaves a half-written digest, and a re-run replaces the previous files cleanly.
 */
public final class DigestPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(DigestPublisher.class);

    public static final String FACTS_CSV = "facts.csv";
    public static final String WORKBOOK = "digest.xlsx";
    public static final String PDF = "digest.pdf";

    private final FactsCsvWriter csv;
    private final ExcelDigestWriter excel;
    private final PdfDigestWriter pdf;

    public DigestPublisher() {
        this(new FactsCsvWriter(), new ExcelDigestWriter(), new PdfDigestWriter());
    }

    public DigestPublisher(FactsCsvWriter csv, ExcelDigestWriter excel, PdfDigestWriter pdf) {
        this.csv = csv;
        this.excel = excel;
        this.pdf = pdf;
    }

    /** Writes the three files for {@code model} into {@code directory}, creating it if needed. */
    public PublishedDigest publish(DigestModel model, Path directory) throws IOException {
        Files.createDirectories(directory);
        List<Path> temporaries = new ArrayList<>();
        // The PDF reads only aggregates and a few rows of each list: it is written beside the workbook, on a
        // thread of its own, so the publish step takes about as long as the workbook alone. Whatever happens to
        // the workbook, that thread is let finish before its file goes (never interrupted: it reads the database).
        Path pdfTemp = temporary(directory, PDF, temporaries);
        try (SideTask<Void> pdfWritten = SideTask.start("publish-pdf", () -> {
            writeTo(pdfTemp, PDF, out -> pdf.write(model, out));
            return null;
        })) {
            Path csvTemp = temporary(directory, FACTS_CSV, temporaries);
            long csvStarted = System.nanoTime();
            Path excelTemp;
            try (OutputStream csvOut = open(csvTemp)) {
                // The workbook's Facts sheet walks the facts in facts.csv's order: that walk writes facts.csv too,
                // on a thread of its own, while the walk goes on with the workbook.
                FactsCsvWriter.Rows csvRows = csv.open(csvOut);
                try (BackgroundRows<Fact> csvLines = new BackgroundRows<>("facts.csv", csvRows)) {
                    TeeRows<DigestFact> facts = new TeeRows<>(model.facts(), df -> csvLines.accept(df.fact()));
                    excelTemp = writeTemporary(directory, WORKBOOK, temporaries,
                            out -> excel.write(model.withFacts(facts), out));
                    if (!facts.walked()) {
                        model.facts().forEach(df -> csvLines.accept(df.fact()));
                    }
                    csvLines.finish();
                }
                csvRows.finish();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            completed(csvTemp, FACTS_CSV + " (with the workbook's Facts sheet)", csvStarted);
            pdfWritten.join();
            return new PublishedDigest(moveIntoPlace(csvTemp, directory.resolve(FACTS_CSV)),
                    moveIntoPlace(excelTemp, directory.resolve(WORKBOOK)),
                    moveIntoPlace(pdfTemp, directory.resolve(PDF)));
        } finally {
            for (Path temporary : temporaries) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static Path writeTemporary(Path directory, String name, List<Path> temporaries, Content content)
            throws IOException {
        Path temporary = temporary(directory, name, temporaries);
        writeTo(temporary, name, content);
        return temporary;
    }

    private static void writeTo(Path temporary, String name, Content content) throws IOException {
        long started = System.nanoTime();
        try (OutputStream out = open(temporary)) {
            content.writeTo(out);
        }
        completed(temporary, name, started);
    }

    private static Path temporary(Path directory, String name, List<Path> temporaries) {
        // Same directory as the target, so the final move is a rename on the same file system.
        // Not Files.createTempFile: its owner-only permissions would stick to the published file.
        Path temporary = directory.resolve("." + name + "." + UUID.randomUUID() + ".part");
        temporaries.add(temporary);
        return temporary;
    }

    private static OutputStream open(Path temporary) throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE));
    }

    private static void completed(Path temporary, String name, long started) throws IOException {
        // Flushed to disk before the rename, so a power cut cannot leave a complete name over empty content.
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        LOG.info("publish: {} written in {} s ({} bytes)", name,
                String.format(Locale.ROOT, "%.2f", (System.nanoTime() - started) / 1e9), Files.size(temporary));
    }

    private static Path moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            return Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems cannot rename atomically; a plain replace is the best they offer.
            return Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
