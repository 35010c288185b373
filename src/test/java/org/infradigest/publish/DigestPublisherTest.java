package org.infradigest.publish;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.infradigest.domain.Statement;
import org.infradigest.publish.csv.FactsCsvWriter;
import org.infradigest.publish.excel.ExcelDigestWriter;
import org.infradigest.publish.pdf.PdfDigestWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class DigestPublisherTest {

    @TempDir
    Path output;

    @Test
    void writesTheThreeFilesIntoTheRunDirectoryAndNothingElse() throws IOException {
        // given
        DigestModel model = DigestModelFixture.beijingSeed().withCorpusFigures().build();
        Path runDirectory = output.resolve(model.runDate().toString());

        // when
        PublishedDigest digest = new DigestPublisher().publish(model, runDirectory);

        // then
        assertThat(digest.factsCsv()).isEqualTo(runDirectory.resolve("facts.csv"));
        assertThat(digest.workbook()).isEqualTo(runDirectory.resolve("digest.xlsx"));
        assertThat(digest.pdf()).isEqualTo(runDirectory.resolve("digest.pdf"));
        assertThat(files(runDirectory)).containsExactlyInAnyOrder("facts.csv", "digest.pdf", "digest.xlsx");
        assertThat(Files.readAllLines(digest.factsCsv())).hasSize((int) (1 + model.facts().count()));
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(digest.workbook()));
             PDDocument pdf = Loader.loadPDF(digest.pdf().toFile())) {
            assertThat(workbook.getSheet("Facts").getLastRowNum()).isEqualTo(model.facts().count());
            assertThat(pdf.getNumberOfPages()).isBetween(1, 2);
        }
    }

    @Test
    void replacesAnEarlierDigestWhenARunIsRepeated() throws IOException {
        // given
        Path runDirectory = output.resolve("2025-05-18");
        DigestPublisher publisher = new DigestPublisher();
        publisher.publish(DigestModelFixture.beijingSeed().withCorpusFigures().build(), runDirectory);

        // when
        PublishedDigest digest = publisher.publish(DigestModelFixture.beijingSeed().build(), runDirectory);

        // then
        assertThat(Files.readAllLines(digest.factsCsv())).hasSize(1 + 3);
        assertThat(files(runDirectory)).containsExactlyInAnyOrder("facts.csv", "digest.pdf", "digest.xlsx");
    }

    @Test
    void leavesTheEarlierDigestUntouchedWhenWritingFails() throws IOException {
        // given
        Path runDirectory = output.resolve("2025-05-18");
        DigestPublisher publisher = new DigestPublisher();
        publisher.publish(DigestModelFixture.beijingSeed().build(), runDirectory);
        byte[] earlierCsv = Files.readAllBytes(runDirectory.resolve("facts.csv"));
        // A PDF writer without fonts fails after facts.csv and the workbook are already written.
        DigestPublisher failing = new DigestPublisher(new FactsCsvWriter(), new ExcelDigestWriter(),
                new PdfDigestWriter(null, KeyFigureSelection.standard()));

        // when
        Throwable failure = catchThrowable(() ->
                failing.publish(DigestModelFixture.beijingSeed().withCorpusFigures().build(), runDirectory));

        // then
        assertThat(failure).isNotNull();
        assertThat(Files.readAllBytes(runDirectory.resolve("facts.csv"))).isEqualTo(earlierCsv);
        assertThat(files(runDirectory)).containsExactlyInAnyOrder("facts.csv", "digest.pdf", "digest.xlsx");
    }

    @Test
    void aFailedWorkbookWaitsForThePdfThreadInsteadOfInterruptingIt() throws InterruptedException {
        // given: the PDF's thread reading statements (in the nightly run, a database cursor: a thread interrupted
        // during H2's file I/O closes the store for every connection) when the workbook's walk of the facts fails
        DigestModel seed = DigestModelFixture.beijingSeed().withCorpusFigures().build();
        CountDownLatch pdfReading = new CountDownLatch(1);
        AtomicBoolean pdfInterrupted = new AtomicBoolean();
        AtomicBoolean pdfReadToTheEnd = new AtomicBoolean();
        Rows<Statement> statements = new Rows<>() {
            @Override
            public void forEach(Consumer<? super Statement> action) {
                if (Thread.currentThread().getName().equals("publish-pdf") && pdfReading.getCount() > 0) {
                    pdfReading.countDown();
                    try {
                        Thread.sleep(500);
                        pdfReadToTheEnd.set(true);
                    } catch (InterruptedException e) {
                        pdfInterrupted.set(true);
                        Thread.currentThread().interrupt();
                    }
                }
                seed.statements().forEach(action);
            }

            @Override
            public long count() {
                return seed.statements().count();
            }
        };
        IllegalStateException diskFull = new IllegalStateException("disk full");
        Rows<DigestFact> facts = new Rows<>() {
            @Override
            public void forEach(Consumer<? super DigestFact> action) {
                try {
                    pdfReading.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw diskFull;
            }

            @Override
            public long count() {
                return seed.facts().count();
            }
        };
        DigestModel model = new DigestModel(seed.runDate(), seed.generatedAt(), seed.metrics(), seed.totals(), facts,
                seed.figures(), seed.conflicts(), statements, seed.initiatives(), seed.operators(), seed.licences(),
                seed.sources(), seed.rejects(), seed.runs());

        // when
        Throwable failure = catchThrowable(() -> new DigestPublisher().publish(model, output.resolve("run")));

        // then: the workbook's failure is the step's, and the PDF's thread was let finish its read
        assertThat(failure).hasStackTraceContaining("disk full");
        assertThat(pdfReading.await(0, TimeUnit.SECONDS)).as("the PDF was reading when the workbook failed").isTrue();
        assertThat(pdfInterrupted).isFalse();
        assertThat(pdfReadToTheEnd).isTrue();
    }

    @Test
    void publishesSampleDigestsForPeopleToLookAt() throws IOException {
        // given the seed with the corpus figures, the same with a large import and many quotes, and hostile text
        DigestModel seed = DigestModelFixture.beijingSeed().withCorpusFigures().build();
        DigestModel large = DigestModelFixture.beijingSeed().withCorpusFigures()
                .withManyFacts(5_000).withManyStatements(500).build();
        DigestModel hostile = DigestModelFixture.beijingSeed()
                .withFact(DigestModelFixture.fact("towers", "-5", "towers", "=1+1", "@evil.txt",
                        "=HYPERLINK(\"http://evil\",\"x\")"), true)
                .build();
        Path samples = Path.of("target", "publish-samples");

        // when
        PublishedDigest seedDigest = new DigestPublisher().publish(seed, samples.resolve("seed"));
        PublishedDigest largeDigest = new DigestPublisher().publish(large, samples.resolve("large"));
        new DigestPublisher().publish(hostile, samples.resolve("hostile"));

        // then
        assertThat(seedDigest.pdf()).exists();
        assertThat(largeDigest.workbook()).exists();
    }

    private static List<String> files(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
