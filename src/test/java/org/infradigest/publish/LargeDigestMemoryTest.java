package org.infradigest.publish;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publishing streams: facts.csv, the workbook and the PDF for 400,000 facts are written by a JVM whose heap
 * is far too small to hold them (at a few hundred bytes each they would need well over 100 MB).
 */
class LargeDigestMemoryTest {

    private static final long FACTS = 400_000;
    private static final String HEAP = "-Xmx80m";

    @TempDir
    Path directory;

    @Test
    void publishesFourHundredThousandFactsInAnEightyMegabyteHeap() throws Exception {
        // when
        Process child = new ProcessBuilder(childCommand()).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes());
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();

        // then
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("peak heap bytes");
        try (Stream<String> lines = Files.lines(directory.resolve(DigestPublisher.FACTS_CSV))) {
            assertThat(lines.count()).isEqualTo(FACTS + 1);
        }
        try (ZipFile xlsx = new ZipFile(directory.resolve(DigestPublisher.WORKBOOK).toFile())) {
            assertThat(xlsx.getEntry("xl/workbook.xml")).isNotNull();
            assertThat(xlsx.size()).isGreaterThan(10);
        }
        try (PDDocument pdf = Loader.loadPDF(directory.resolve(DigestPublisher.PDF).toFile())) {
            assertThat(pdf.getNumberOfPages()).isBetween(1, 3);
        }
    }

    private List<String> childCommand() throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, HEAP, "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), SyntheticDigest.class.getName(),
                String.valueOf(FACTS), directory.toString()));
        return command;
    }
}
