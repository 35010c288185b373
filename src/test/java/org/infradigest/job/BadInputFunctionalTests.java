package org.infradigest.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.infradigest.system.InfraDigestProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole job over a corpus of bad input (src/test/resources/bad-input plus hostile files made here)
 * mixed with good files: the run completes, every bad file is a reject a user can act on, the good files
 * are read in full, and nothing outside the input folder is read.
 */
@SpringBootTest(properties = "infradigest.launch=false")
@SpringBatchTest
class BadInputFunctionalTests {

    private static final Path WORK = Path.of("target", "functional", UUID.randomUUID().toString()).toAbsolutePath();
    private static final Path INPUT = WORK.resolve("input");
    private static final Path OUTSIDE = WORK.resolve("outside");
    private static final Path CORPUS = Path.of("src/test/resources/bad-input");
    private static final String SECRET = "TOP-SECRET-" + UUID.randomUUID();
    private static final String LINKED_SECRET = "LINKED-SECRET-" + UUID.randomUUID();
    private static final List<String> BAD_FILES = new ArrayList<>();
    // odd but readable: an overlong title or outlet is shortened, an undeclared charset detected, run-on
    // sentences stay within the extraction tables' columns
    private static final Set<String> KEPT = Set.of("news/title-too-long.txt", "news/outlet-too-long.jsonl",
            "news/gbk-undeclared.txt", "news/utf8-declared-but-latin1.html", "news/run-on-sentences.txt");

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("infradigest.data", () -> WORK.resolve("data").toString());
        registry.add("infradigest.output", () -> WORK.resolve("output").toString());
        registry.add("infradigest.input", INPUT::toString);
    }

    @Autowired
    JobOperatorTestUtils jobOperatorTestUtils;

    @Autowired
    InfraDigestProperties properties;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void input() throws Exception {
        Files.createDirectories(INPUT.resolve("news"));
        Files.createDirectories(INPUT.resolve("stats"));
        Files.createDirectories(OUTSIDE);
        committedCorpus();
        generatedNews();
        generatedStats();
        Files.copy(Path.of("seeds/000_3f579140b743d539.txt"), INPUT.resolve("news/000_3f579140b743d539.txt"));
        Files.copy(Path.of("src/test/resources/corpus/news/11_shanghai-5g-bs-51716-2022-04.txt"),
                INPUT.resolve("news/shanghai.txt"));
        Files.copy(Path.of("src/test/resources/stats/worldbank_IT.NET.BBND.P2_fixed_broadband_per100_wide.csv"),
                INPUT.resolve("stats/worldbank_IT.NET.BBND.P2_fixed_broadband_per100_wide.csv"));
    }

    private static void committedCorpus() throws IOException {
        try (Stream<Path> files = Files.walk(CORPUS)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String relative = CORPUS.relativize(file).toString().replace('\\', '/');
                Path target = INPUT.resolve(relative);
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
                if (!relative.endsWith(".yml") && !KEPT.contains(relative)) { // a profile is read with its table, which carries the reject
                    BAD_FILES.add("input/" + relative);
                }
            }
        }
    }

    private static void generatedNews() throws IOException {
        Path news = INPUT.resolve("news");
        bad(news.resolve("zero-bytes.html"), new byte[0]);
        bad(news.resolve("png-header.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0,
                0x0d, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1});
        bad(news.resolve("document.pdf"), "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj <<>> endobj\n%%EOF\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        bad(news.resolve("nul-bytes.txt"), new byte[4096]);
        byte[] random = new byte[64 * 1024];
        new Random(42).nextBytes(random);
        bad(news.resolve("random-bytes.html"), random);
        // odd but readable: 20,000 nested divs must not overflow the parser's stack, and the figure is kept
        Files.write(news.resolve("deeply-nested.html"), ("<html><body>" + "<div>".repeat(20_000) + "Wuxi has 9,000 5G "
                + "base stations." + "</div>".repeat(20_000) + "</body></html>").getBytes(StandardCharsets.UTF_8));

        // 50 MB on one line: refused by size before it is read
        Path huge = news.resolve("fifty-megabytes-one-line.txt");
        try (OutputStream out = Files.newOutputStream(huge)) {
            byte[] block = "x".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 50; i++) {
                out.write(block);
            }
        }
        BAD_FILES.add("input/news/" + huge.getFileName());
        // 15 MB of words on one line, no newline: under the limit, must neither hang nor blow up extraction
        try (Writer out = Files.newBufferedWriter(news.resolve("fifteen-megabytes-of-words.txt"))) {
            out.write("Title: Endless\n\n");
            String words = "the network grew again and operators said more sites would follow soon ";
            for (long written = 0; written < 15L * 1024 * 1024; written += words.length()) {
                out.write(words);
            }
        }

        Path secret = Files.writeString(OUTSIDE.resolve("secret.txt"), SECRET + " has 77,777 5G base stations.\n");
        bad(news.resolve("xxe.xml"), ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE rss [<!ENTITY secret SYSTEM "%s">]>
                <rss version="2.0"><channel><title>Leak</title>
                <item><title>Leak</title><link>https://example.com/leak</link>
                <description>Beijing has &secret; 5G base stations.</description></item></channel></rss>
                """).formatted(secret.toUri()).getBytes(StandardCharsets.UTF_8));
        bad(news.resolve("billion-laughs.xml"), ("""
                <?xml version="1.0"?>
                <!DOCTYPE lolz [
                 <!ENTITY lol "lol">
                 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
                 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
                 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
                 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
                 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
                 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
                 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
                 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
                ]>
                <rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title>
                <description>&lol9;</description></item></channel></rss>
                """).getBytes(StandardCharsets.UTF_8));

        // a link out of the input folder, and a link whose target vanished (a file deleted after the scan)
        Path linked = Files.writeString(OUTSIDE.resolve("linked.txt"), "Title: Linked\n\n" + LINKED_SECRET
                + " has 66,666 5G base stations, the city said.\n");
        Files.createSymbolicLink(news.resolve("link-outside.txt"), linked);
        BAD_FILES.add("input/news/link-outside.txt");
        Path doomed = Files.writeString(news.resolve(".doomed.txt"), "soon gone");
        Files.createSymbolicLink(news.resolve("vanished.txt"), doomed);
        Files.delete(doomed);
        BAD_FILES.add("input/news/vanished.txt");
        // a directory named like a file holds nothing to read; it must not be mistaken for one
        Files.createDirectories(news.resolve("x.txt"));
    }

    private static void generatedStats() throws IOException {
        Path stats = INPUT.resolve("stats");
        // a real workbook whose one sheet is a few hundred MB of zeros, compressed to well under a megabyte
        Path bomb = stats.resolve("bomb.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            part(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                    </Types>""");
            part(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                    </Relationships>""");
            part(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                    <sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            part(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                    </Relationships>""");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
                    <row r="1"><c r="A1" t="inlineStr"><is><t>""".getBytes(StandardCharsets.UTF_8));
            byte[] zeros = "0".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 300; i++) {
                zip.write(zeros);
            }
            zip.write("</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThat(Files.size(bomb)).isLessThan(2L * 1024 * 1024);
        BAD_FILES.add("input/stats/bomb.xlsx");
        // a stray quote early in a 40 MB table: the rest of the file would be one cell
        Path strayQuote = stats.resolve("stray-quote.csv");
        try (Writer out = Files.newBufferedWriter(strayQuote)) {
            out.write("metric,value,region,period\nbase_stations_5g,\"100,Beijing,2023\n");
            for (int i = 0; i < 1_000_000; i++) {
                out.write("base_stations_5g,300,Shanghai,2023\n");
            }
        }
        BAD_FILES.add("input/stats/stray-quote.csv");
        bad(stats.resolve("random.xlsx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9});
    }

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static void bad(Path file, byte[] content) throws IOException {
        Files.write(file, content);
        BAD_FILES.add("input/" + INPUT.relativize(file).toString().replace('\\', '/'));
    }

    @Test
    void theRunCompletesAndEveryBadInputIsARejectWhileTheGoodFilesAreReadInFull() throws Exception {
        long started = System.nanoTime();

        JobExecution execution = jobOperatorTestUtils.startJob(NightlyDigestParameters.of(LocalDate.of(2025, 7, 1),
                properties));

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("Bad-input run over %d bad files took %s%n", BAD_FILES.size(), took);
        assertThat(execution.getStatus()).as("%s", execution.getAllFailureExceptions())
                .isEqualTo(BatchStatus.COMPLETED);
        List<Map<String, Object>> rejects = jdbc.queryForList("SELECT step, file, location, reason FROM reject");
        rejects.forEach(r -> System.out.println("reject " + r));
        Set<String> rejectedFiles = new HashSet<>();
        rejects.forEach(r -> rejectedFiles.add((String) r.get("FILE")));
        assertThat(BAD_FILES).hasSizeGreaterThanOrEqualTo(50);
        assertThat(BAD_FILES).allSatisfy(file -> assertThat(rejectedFiles).as("rejects").anySatisfy(
                rejected -> assertThat(rejected).endsWith(file)));
        assertThat(rejectedFiles).hasSizeGreaterThanOrEqualTo(BAD_FILES.size());

        assertThat(reason(rejects, "fifty-megabytes-one-line.txt")).contains("too large");
        assertThat(reason(rejects, "link-outside.txt")).contains("outside the input folder");
        assertThat(location(rejects, "broken-line.jsonl")).isEqualTo("line 2");
        assertThat(location(rejects, "bad-date-header.txt")).isEqualTo("line 2");
        assertThat(reason(rejects, "bad-date-header.txt")).contains("2024-13-45").contains("not a date");
        assertThat(location(rejects, "stats/impossible-period.csv")).isEqualTo("line 2");
        assertThat(reason(rejects, "stats/impossible-period.csv")).contains("2024-13-45");
        assertThat(location(rejects, "stats/huge-numbers.csv")).isEqualTo("line 2");
        assertThat(reason(rejects, "stats/huge-numbers.csv")).isEqualTo("value '1e400' is out of range: at most 28 digits"
                + " before the decimal point, and not below 0.0000000001");
        assertThat(reason(rejects, "stats/not-a-zip.xlsx")).contains("not an XLSX workbook");
        assertThat(reason(rejects, "stats/negative-counts.csv")).contains("-500 is negative");
        assertThat(rejects).filteredOn(r -> ((String) r.get("FILE")).endsWith("stats/stray-quote.csv"))
                .extracting(r -> (String) r.get("REASON")).anySatisfy(r -> assertThat(r).contains("unclosed quote"));
        assertThat(reason(rejects, "news/vanished.txt")).contains("does not exist");
        assertThat(reason(rejects, "news/truncated.html")).contains("cut off");
        assertThat(reason(rejects, "news/number-too-large.txt")).contains("too large");
        assertThat(reason(rejects, "stats/non-numeric-values.csv")).contains("'lots' is not a number");
        assertThat(reason(rejects, "stats/bomb.xlsx")).containsIgnoringCase("zip bomb");

        String factsCsv = Files.readString(WORK.resolve("output/2025-07-01/facts.csv"));
        assertThat(factsCsv.lines().filter(l -> l.contains(",Beijing,") && l.contains("/000_3f579140b743d539.txt,")))
                .anySatisfy(l -> assertThat(l).startsWith("base_stations_5g_advanced,16000,"))
                .anySatisfy(l -> assertThat(l).startsWith("foreign_vats_firms_approved_net_added,6,"))
                .anySatisfy(l -> assertThat(l).startsWith("foreign_vats_firms_approved,10,"));
        assertThat(factsCsv).doesNotContain(SECRET).doesNotContain(LINKED_SECRET);
        assertThat(jdbc.queryForObject("""
                SELECT fact_value FROM fact WHERE origin = 'STATISTICS' AND metric = ? AND region = 'China'
                AND period = '2019' AND stats_file LIKE '%worldbank_IT.NET.BBND.P2%'""", BigDecimal.class,
                "fixed_broadband_subscriptions_per_100_people")).isEqualByComparingTo("31.34");
        assertThat(jdbc.queryForList("SELECT fact_value FROM fact WHERE region = 'Beijing' AND origin = 'NEWS'"
                + " AND article_key IN (SELECT article_key FROM article WHERE file LIKE '%000_3f579140b743d539.txt')",
                BigDecimal.class)).usingElementComparator(BigDecimal::compareTo)
                .contains(new BigDecimal("16000"), new BigDecimal("6"), new BigDecimal("10"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM article a JOIN article_body b ON b.article_no = a.article_no"
                + " WHERE b.body LIKE ? OR a.title LIKE ?",
                Integer.class, "%SECRET%", "%SECRET%")).isZero();

        assertThat(jdbc.queryForList("SELECT file FROM article", String.class)).contains(
                "input/news/title-too-long.txt", "input/news/outlet-too-long.jsonl", "input/news/gbk-undeclared.txt",
                "input/news/utf8-declared-but-latin1.html", "input/news/fifteen-megabytes-of-words.txt",
                "input/news/run-on-sentences.txt");
        assertThat(jdbc.queryForObject("SELECT a.title || ' ' || b.body FROM article a"
                + " JOIN article_body b ON b.article_no = a.article_no WHERE a.file LIKE '%gbk-undeclared.txt'",
                String.class)).contains("\u6df1\u5733", "\u5e7f\u5dde"); // Shenzhen, Guangzhou: decoded from GBK

        try (XSSFWorkbook book = new XSSFWorkbook(WORK.resolve("output/2025-07-01/digest.xlsx").toFile())) {
            Sheet sheet = book.getSheet("Rejects");
            Set<String> listed = new HashSet<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    listed.add(row.getCell(1).getStringCellValue());
                }
            }
            assertThat(listed).containsAll(rejectedFiles);
        }
    }

    @Test
    void theSameBadInputAgainCompletesAndAddsNoRejectsOrFacts() throws Exception {
        jobOperatorTestUtils.startJob(NightlyDigestParameters.of(LocalDate.of(2025, 7, 2), properties));
        Map<String, Object> before = counts();

        JobExecution again = jobOperatorTestUtils.startJob(NightlyDigestParameters.of(LocalDate.of(2025, 7, 3),
                properties));

        assertThat(again.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(counts()).isEqualTo(before);
    }

    private Map<String, Object> counts() {
        return jdbc.queryForMap("""
                SELECT (SELECT COUNT(*) FROM article) AS articles, (SELECT COUNT(*) FROM fact) AS facts,
                       (SELECT COUNT(*) FROM reject) AS rejects""");
    }

    private static String reason(List<Map<String, Object>> rejects, String fileSuffix) {
        return (String) first(rejects, fileSuffix).get("REASON");
    }

    private static String location(List<Map<String, Object>> rejects, String fileSuffix) {
        return (String) first(rejects, fileSuffix).get("LOCATION");
    }

    private static Map<String, Object> first(List<Map<String, Object>> rejects, String fileSuffix) {
        return rejects.stream().filter(r -> ((String) r.get("FILE")).endsWith(fileSuffix)).findFirst()
                .orElseThrow(() -> new AssertionError("no reject for " + fileSuffix));
    }
}
