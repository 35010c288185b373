package org.infradigest.publish.excel;

import org.infradigest.domain.Reject;
import org.infradigest.domain.Statement;
import org.infradigest.publish.DigestModel;
import org.infradigest.publish.DigestModelFixture;
import org.infradigest.publish.SourceEntry;
import org.infradigest.publish.SyntheticDigest;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes a few workbooks to compare across versions of the writer with {@link XlsxParts}: every part of a
 * sample written before a change should match the same sample written after it.
 * {@code WorkbookSamples <directory>} writes fixture.xlsx (every sheet, odd text, conflicts, wrapped sentences)
 * and synthetic-50000.xlsx.
 */
public final class WorkbookSamples {

    private WorkbookSamples() {
    }

    /** The samples by file name. */
    public static Map<String, DigestModel> models() {
        String odd = "=HYPERLINK(\"http://evil\",\"x\") <b>&amp;</b> \"quoted\" \u00a0nbsp\ttab\r\nline "
                + "\u0001ctl \ud83d\ude00 emoji \ud800 lone \ufffe end ";
        DigestModel fixture = DigestModelFixture.beijingSeed().withCorpusFigures().withManyFacts(3_000)
                .withManyStatements(50)
                .withFact(DigestModelFixture.fact("towers", "5", "towers", "+Evil", "@source", odd), true)
                .withFact(DigestModelFixture.fact("towers", "0.000001234", "towers", " spaced ", "http://x.org/a b",
                        "line one\nline two\n\nline four " + "word ".repeat(200)), false)
                .withSource(new SourceEntry("evil.txt", odd, null, "text", 1))
                .withStatement(new Statement("\uFF1DSUM(A1)", "-role", "\tTabbed", odd, "evil.txt"))
                .withReject(new Reject("ingestNews", "evil.txt", "\r1", "=1+1"))
                .build();
        return Map.of("fixture.xlsx", fixture, "synthetic-50000.xlsx", SyntheticDigest.of(50_000));
    }

    public static void main(String[] args) throws IOException {
        Path directory = Files.createDirectories(Path.of(args[0]));
        for (Map.Entry<String, DigestModel> sample : models().entrySet()) {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(directory.resolve(sample.getKey())))) {
                new ExcelDigestWriter().write(sample.getValue(), out);
            }
        }
    }
}
