package org.infradigest.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infradigest.stats.StatsFixtures.readBytes;
import static org.infradigest.stats.StatsFixtures.readText;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.infradigest.domain.Reject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatsFileReaderTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "\n\n  \n", "\uFEFF"})
    void anEmptyFileIsOneReject(String content) {
        // when
        var result = readText("empty.csv", content);

        // then
        assertThat(result.facts()).isEmpty();
        assertThat(result.rejects()).singleElement().satisfies(r -> {
            assertThat(r.location()).isNull();
            assertThat(r.reason()).startsWith("file ");
        });
        assertThat(result.summary().layout()).isEqualTo("none");
    }

    @Test
    void aBinaryFileIsOneRejectNotAThousandBadRows() {
        // given: the start of a PNG image
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};

        // when
        var result = readBytes("chart.png", png, Optional.empty());

        // then
        assertThat(result.rejects()).singleElement().extracting(Reject::reason).isEqualTo("binary file, not a text table");
    }

    @Test
    void aPdfOrAnOldExcelFileIsOneRejectSayingWhatItIs() {
        // when
        var pdf = readText("report.csv", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n");
        var xls = readBytes("old.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2}, Optional.empty());

        // then
        assertThat(pdf.rejects()).singleElement().extracting(Reject::reason).isEqualTo("PDF document, not a table");
        assertThat(xls.rejects()).singleElement().extracting(Reject::reason)
                .isEqualTo("legacy Excel .xls workbook: save it as .xlsx or CSV");
    }

    @Test
    void aTextFileWithAnUnknownHeaderAndNoProfileIsOneRejectPointingToProfiles() {
        // given
        String text = "Economy;Year;Active mobile-broadband subscriptions\nChina;2022;1580227\n".repeat(20);

        // when
        var result = readText("itu.csv", text);

        // then
        assertThat(result.rejects()).singleElement().satisfies(r -> assertThat(r.reason())
                .startsWith("not a recognised statistics table (first line: 'Economy;Year;Active mobile-broadband subscriptions')")
                .contains("itu.csv.profile.yml").contains("stats/PROFILE.md"));
    }

    @Test
    void aHeaderWithoutRowsIsOneRejectSoAnEmptyExportIsNoticed() {
        // when
        var result = readText("tidy.csv", "metric,value,region,period\n");

        // then
        assertThat(result.summary().layout()).isEqualTo("tidy");
        assertThat(result.rejects()).singleElement().extracting(Reject::reason).isEqualTo("table has a header but no data rows");
    }

    @Test
    void aBrokenZipCalledXlsxIsOneReject() {
        // given
        byte[] broken = {'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2, 3};

        // when
        var result = readBytes("figures.xlsx", broken, Optional.empty());

        // then
        assertThat(result.rejects()).singleElement().extracting(Reject::reason).asString()
                .startsWith("not a readable XLSX workbook");
    }

    @Test
    void anUnclosedQuoteStopsTheFileWithItsLineAndKeepsTheRowsBefore() {
        // given
        String table = "metric,value,region,period\ntowers,1,China,2024\ntowers,\"2,China,2024\ntowers,3,China,2024\n";

        // when
        var result = readText("tidy.csv", table);

        // then
        assertThat(result.facts()).hasSize(1);
        assertThat(result.rejects()).singleElement().satisfies(r -> {
            assertThat(r.location()).isEqualTo("line 3");
            assertThat(r.reason()).startsWith("CSV syntax error");
        });
    }

    @Test
    void windows1252TextIsDecodedWhenItIsNotUtf8() {
        // given: "Côte d'Ivoire" as an old Windows export writes it
        byte[] table = "metric,value,region,period\ntowers,5,C\u00f4te d'Ivoire,2024\n".getBytes(StandardCharsets.ISO_8859_1);

        // when
        var result = readBytes("tidy.csv", table, Optional.empty());

        // then
        assertThat(result.facts()).singleElement().extracting(f -> f.region()).isEqualTo("C\u00f4te d'Ivoire");
    }

    @Test
    void aLongFileIsReadRowByRowFromAStreamThatIsNeverWhole() {
        // given: 300,000 generated rows, produced as they are read
        long rows = 300_000;
        InputStream generated = GeneratedCsv.tidy(rows);
        AtomicLong facts = new AtomicLong();

        // when
        ReadSummary summary = StatsFixtures.reader().read("generated.csv", generated, Optional.empty(),
                f -> facts.incrementAndGet(), r -> { throw new AssertionError(r.toString()); });

        // then
        assertThat(summary.rows()).isEqualTo(rows);
        assertThat(facts).hasValue(rows);
    }

    @Test
    void textNamedXlsxIsOneRejectSayingItIsNoWorkbook() {
        // when
        var result = readText("miit.xlsx", "metric,value,region,period\nthis is not a workbook\n");

        // then
        assertThat(result.rejects()).extracting(Reject::reason)
                .containsExactly("named .xlsx but is not an XLSX workbook (it holds text, not a zip archive)");
        assertThat(result.facts()).isEmpty();
    }

    @Test
    void aStrayQuoteThatWouldMakeTheRestOfABigFileOneCellStopsTheFileWithAReject() {
        // given: a good row, then an unclosed quote followed by megabytes of rows
        String text = "metric,value,region,period\nbase_stations_5g,100,Beijing,2023\nbase_stations_5g,\"200,Beijing,2023\n"
                + "base_stations_5g,300,Shanghai,2023\n".repeat(100_000);

        // when
        var result = readText("stray-quote.csv", text);

        // then
        assertThat(result.facts()).hasSize(1);
        assertThat(result.rejects()).extracting(Reject::location, Reject::reason).contains(org.assertj.core.groups.Tuple
                .tuple("line 3", "CSV syntax error, the rest of the file is not read: a record runs over 1,000,000 "
                        + "characters (an unclosed quote?)"));
    }

    @Test
    void aZipBombCalledXlsxIsRejectedQuicklyWithAOneLineReason() throws Exception {
        // given: a well-formed workbook whose sheet is 20 MB of zeros, compressed about a thousandfold
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            part(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".spreadsheetml.sheet.main+xml\"/></Types>");
            part(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                    + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            part(zip, "xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = "0".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 20; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }

        // when
        var result = readBytes("bomb.xlsx", bytes.toByteArray(), Optional.empty());

        // then
        assertThat(result.rejects()).singleElement().extracting(Reject::reason).asString()
                .startsWith("not a readable XLSX workbook: Zip bomb detected!").doesNotContain("\n");
    }

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
