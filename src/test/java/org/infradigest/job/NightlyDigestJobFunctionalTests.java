package org.infradigest.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.infradigest.system.InfraDigestProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs the whole nightlyDigest job on the seed article, as the nightly run would. */
@SpringBootTest(properties = "infradigest.launch=false")
@SpringBatchTest
class NightlyDigestJobFunctionalTests {

    private static final Path WORK = Path.of("target", "functional", UUID.randomUUID().toString()).toAbsolutePath();

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("infradigest.data", () -> WORK.resolve("data").toString());
        registry.add("infradigest.output", () -> WORK.resolve("output").toString());
        registry.add("infradigest.input", () -> "seeds");
    }

    @Autowired
    JobOperatorTestUtils jobOperatorTestUtils;

    @Autowired
    InfraDigestProperties properties;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyStore() throws IOException {
        for (String table : List.of("fact", "statement", "initiative", "operator_mention", "licence_approval",
                "reject", "article", "source_file")) {
            jdbc.update("DELETE FROM " + table);
        }
        FileSystemUtils.deleteRecursively(WORK.resolve("output"));
    }

    @Test
    void theSeedBecomesTheThreeCoreFactsInFactsCsv() throws Exception {
        LocalDate runDate = LocalDate.of(2025, 5, 20);

        JobExecution execution = jobOperatorTestUtils.startJob(parameters(runDate));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Path csv = WORK.resolve("output").resolve(runDate.toString()).resolve("facts.csv");
        assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8).getFirst())
                .isEqualTo("metric,value,unit,region,operator,period,qualifier,origin,source,sentence");
        List<CSVRecord> facts = readFactsCsv(csv);
        for (JsonNode gold : coreSeedFacts()) {
            assertThat(facts).as("gold fact %s", gold).anySatisfy(row -> {
                assertThat(row.get("metric")).isEqualTo(gold.get("metric").asString());
                assertThat(new BigDecimal(row.get("value"))).isEqualByComparingTo(gold.get("value").decimalValue());
                assertThat(row.get("region")).isEqualTo(gold.get("region").asString());
                assertThat(row.get("operator")).isEmpty();
                assertThat(row.get("qualifier")).isEqualTo(gold.get("qualifier").isNull() ? ""
                        : gold.get("qualifier").asString());
                assertThat(row.get("origin")).isEqualTo("news");
                assertThat(row.get("source")).isEqualTo("seeds/000_3f579140b743d539.txt");
                assertThat(row.get("sentence")).isEqualTo(gold.get("sentence").asString());
            });
        }
        assertThat(facts).noneSatisfy(row -> assertThat(row.get("sentence"))
                .containsAnyOf("Harvard", "Top News", "biodiversity", "micro, small companies"));
        // the facts' sorted runs, kept from reconcile for publish, go with the run
        try (java.util.stream.Stream<Path> left = Files.walk(WORK.resolve("data").resolve("sort"))) {
            assertThat(left.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void theSeedsOperatorsInitiativesAndStatementsAreStored() throws Exception {
        JobExecution execution = jobOperatorTestUtils.startJob(parameters(LocalDate.of(2025, 5, 24)));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.queryForList("SELECT DISTINCT operator FROM operator_mention WHERE region = 'Beijing'",
                String.class)).contains("China Mobile", "China Unicom", "China Telecom", "China Tower");
        assertThat(jdbc.queryForList("SELECT DISTINCT operator FROM initiative WHERE region = 'Beijing'",
                String.class)).contains("China Mobile", "China Unicom", "China Telecom", "China Tower");
        List<Map<String, Object>> statements = jdbc.queryForList("SELECT speaker, role, organisation FROM statement");
        assertThat(statements).anySatisfy(s -> {
            assertThat(s.get("SPEAKER")).isEqualTo("Lu Jianwen");
            assertThat((String) s.get("ROLE")).containsIgnoringCase("director");
            assertThat((String) s.get("ORGANISATION")).contains("Beijing Communications Administration");
        });
        assertThat(statements).anySatisfy(s -> {
            assertThat(s.get("SPEAKER")).isEqualTo("Li Qiang");
            assertThat((String) s.get("ROLE")).containsIgnoringCase("general manager");
            assertThat((String) s.get("ORGANISATION")).contains("China Mobile").doesNotContain("Premier");
        });
    }

    @Test
    void theWorkbookAndThePdfShowTheSeedsFigures() throws Exception {
        LocalDate runDate = LocalDate.of(2025, 5, 21);

        jobOperatorTestUtils.startJob(parameters(runDate));

        Path folder = WORK.resolve("output").resolve(runDate.toString());
        try (XSSFWorkbook workbook = new XSSFWorkbook(folder.resolve("digest.xlsx").toFile())) {
            assertThat(workbook.getSheet("Facts")).isNotNull();
            for (String name : List.of("Operators", "Initiatives", "Statements", "Sources")) {
                assertThat(workbook.getSheet(name)).as(name).isNotNull();
            }
            Sheet facts = workbook.getSheet("Facts");
            assertThat(facts.getPaneInformation().isFreezePane()).isTrue();
            assertThat(workbook.getFontAt(facts.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(numericCells(facts)).contains(16000.0, 6.0, 10.0);
        }
        try (PDDocument pdf = Loader.loadPDF(folder.resolve("digest.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(pdf.getNumberOfPages()).isBetween(1, 2);
            assertThat(text).contains("2025-05-21").contains("16,000").contains("Beijing").contains("Lu Jianwen");
        }
    }

    @Test
    void runningTheSameInputAgainAddsNothing() throws Exception {
        jobOperatorTestUtils.startJob(parameters(LocalDate.of(2025, 5, 25)));
        Map<String, Object> before = counts();
        String csvBefore = Files.readString(WORK.resolve("output/2025-05-25/facts.csv"));

        JobExecution again = jobOperatorTestUtils.startJob(parameters(LocalDate.of(2025, 5, 22)));

        assertThat(again.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(counts()).isEqualTo(before);
        assertThat(Files.readString(WORK.resolve("output/2025-05-22/facts.csv"))).isEqualTo(csvBefore);
    }

    @Test
    void aFailedRunRestartsWhereItStoppedWithoutDuplicates() throws Exception {
        LocalDate runDate = LocalDate.of(2025, 5, 23);
        Path blocked = WORK.resolve("output").resolve(runDate.toString());
        Files.createDirectories(blocked.getParent());
        Files.writeString(blocked, "a file where the digest folder should go");

        JobExecution failed = jobOperatorTestUtils.startJob(parameters(runDate));

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        Map<String, Object> afterFailure = counts();
        Files.delete(blocked);

        JobExecution restarted = jobOperatorTestUtils.startJob(parameters(runDate));

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
        assertThat(restarted.getStepExecutions()).extracting(StepExecution::getStepName).containsExactly("publish", "mail");
        assertThat(counts()).isEqualTo(afterFailure);
        assertThat(blocked.resolve("facts.csv")).exists();
    }

    private JobParameters parameters(LocalDate runDate) {
        return NightlyDigestParameters.of(runDate, properties);
    }

    private Map<String, Object> counts() {
        return jdbc.queryForMap("""
                SELECT (SELECT COUNT(*) FROM article) AS articles, (SELECT COUNT(*) FROM fact) AS facts,
                       (SELECT COUNT(*) FROM statement) AS statements, (SELECT COUNT(*) FROM initiative) AS initiatives,
                       (SELECT COUNT(*) FROM operator_mention) AS operators, (SELECT COUNT(*) FROM reject) AS rejects
                """);
    }

    private static List<CSVRecord> readFactsCsv(Path csv) throws IOException {
        try (var reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    private static List<JsonNode> coreSeedFacts() throws IOException {
        try (InputStream in = NightlyDigestJobFunctionalTests.class
                .getResourceAsStream("/corpus/gold/00_seed-beijing-digital-future.gold.json")) {
            JsonNode gold = JsonMapper.builder().build().readTree(in);
            return gold.valueStream().filter(f -> !f.get("optional").asBoolean()).toList();
        }
    }

    private static List<Double> numericCells(Sheet sheet) {
        List<Double> values = new java.util.ArrayList<>();
        sheet.forEach(row -> row.forEach(cell -> {
            if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                values.add(cell.getNumericCellValue());
            }
        }));
        return values;
    }
}
