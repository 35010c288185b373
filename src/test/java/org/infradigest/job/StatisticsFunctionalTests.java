package org.infradigest.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.infradigest.system.InfraDigestProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Statistics tables and news in one run: the same fact table, figures of record, conflicts in the digest. */
@SpringBootTest(properties = "infradigest.launch=false")
@SpringBatchTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the second test edits the input the first one reads
class StatisticsFunctionalTests {

    private static final Path WORK = Path.of("target", "functional", UUID.randomUUID().toString()).toAbsolutePath();
    private static final Path INPUT = WORK.resolve("input");

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
        Files.copy(Path.of("src/test/resources/corpus/news/11_shanghai-5g-bs-51716-2022-04.txt"),
                INPUT.resolve("news/shanghai.txt"));
        Files.copy(Path.of("src/test/resources/stats/worldbank_IT.NET.BBND.P2_fixed_broadband_per100_wide.csv"),
                INPUT.resolve("stats/worldbank_IT.NET.BBND.P2_fixed_broadband_per100_wide.csv"));
        Files.writeString(INPUT.resolve("stats/sca.csv"), """
                metric,value,region,period,unit,source
                base_stations_5g,55000,Shanghai,2022-04,base_stations,Shanghai Communications Administration
                base_stations_5g,not a number,Shanghai,2022-05,base_stations,Shanghai Communications Administration
                """);
    }

    @Test
    @Order(1)
    void statisticsSitBesideNewsAndADifferingNewsFigureIsAConflict() throws Exception {
        JobExecution execution = jobOperatorTestUtils.startJob(parameters(LocalDate.of(2025, 6, 1)));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.queryForObject("""
                SELECT fact_value FROM fact WHERE origin = 'STATISTICS' AND metric = ? AND region = 'China'
                AND period = '2019'""", BigDecimal.class, "fixed_broadband_subscriptions_per_100_people"))
                .isEqualByComparingTo("31.34");
        Map<String, Object> figure = jdbc.queryForMap(
                "SELECT fact_value, origin, conflict, sources FROM figure WHERE metric = 'base_stations_5g' "
                        + "AND region = 'Shanghai' AND period = '2022-04'");
        assertThat((BigDecimal) figure.get("FACT_VALUE")).isEqualByComparingTo("55000");
        assertThat(figure).containsEntry("ORIGIN", "STATISTICS").containsEntry("CONFLICT", true)
                .containsEntry("SOURCES", 2);
        assertThat(jdbc.queryForList("SELECT other_value FROM conflict", BigDecimal.class))
                .singleElement().satisfies(v -> assertThat(v).isEqualByComparingTo("51716"));
        assertThat(jdbc.queryForObject("SELECT other_sentence FROM conflict", String.class))
                .isEqualTo(jdbc.queryForObject("SELECT sentence FROM fact WHERE fact_value = 51716", String.class))
                .contains("51,716");
        assertThat(jdbc.queryForList("SELECT location, reason FROM reject WHERE step = 'ingestStats'"))
                .singleElement().satisfies(r -> assertThat(r.get("LOCATION")).isEqualTo("line 3"));

        Path workbook = WORK.resolve("output/2025-06-01/digest.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(workbook.toFile())) {
            Sheet conflicts = book.getSheet("Conflicts");
            assertThat(conflicts.getLastRowNum()).isEqualTo(1);
            Row row = conflicts.getRow(1);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Shanghai");
            assertThat(book.getSheet("Facts").getLastRowNum()).isGreaterThan(3000);
            assertThat(book.getSheet("Figures")).isNotNull();
        }
    }

    @Test
    @Order(2)
    void anUnchangedTableAddsNothingAndAChangedOneReplacesItsOwnRows() throws Exception {
        jobOperatorTestUtils.startJob(parameters(LocalDate.of(2025, 6, 2)));
        int facts = count("SELECT COUNT(*) FROM fact");

        jobOperatorTestUtils.startJob(parameters(LocalDate.of(2025, 6, 3)));
        assertThat(count("SELECT COUNT(*) FROM fact")).isEqualTo(facts);

        Path table = INPUT.resolve("stats/sca.csv");
        Path edited = Files.writeString(WORK.resolve("sca.csv"), Files.readString(table).replace("55000", "52000")
                .replace("not a number", "53000"));
        Files.move(edited, table, StandardCopyOption.REPLACE_EXISTING);
        JobExecution third = jobOperatorTestUtils.startJob(parameters(LocalDate.of(2025, 6, 4)));

        assertThat(third.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(count("SELECT COUNT(*) FROM fact")).isEqualTo(facts + 1);
        assertThat(jdbc.queryForList("SELECT fact_value FROM fact WHERE stats_file LIKE '%sca.csv' ORDER BY seq",
                BigDecimal.class)).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("52000"), new BigDecimal("53000"));
        assertThat(count("SELECT COUNT(*) FROM reject WHERE step = 'ingestStats'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM conflict")).as("51,716 is within 2% of the new 52,000").isZero();

        // The figure keeps its history: first reported on the 1st, changed on the 4th from 55,000 shown on the 3rd
        Map<String, Object> changed = jdbc.queryForMap("""
                SELECT first_run, changed_run, previous_value, previous_run FROM figure
                WHERE metric = 'base_stations_5g' AND region = 'Shanghai' AND period = '2022-04'""");
        assertThat(changed.get("FIRST_RUN").toString()).isEqualTo("2025-06-01");
        assertThat(changed.get("CHANGED_RUN").toString()).isEqualTo("2025-06-04");
        assertThat((BigDecimal) changed.get("PREVIOUS_VALUE")).isEqualByComparingTo("55000");
        assertThat(changed.get("PREVIOUS_RUN").toString()).isEqualTo("2025-06-03");
        assertThat(jdbc.queryForObject("""
                SELECT first_run FROM figure WHERE metric = 'base_stations_5g' AND region = 'Shanghai'
                AND period = '2022-05'""", LocalDate.class)).isEqualTo(LocalDate.of(2025, 6, 4));
        assertThat(count("SELECT COUNT(*) FROM figure WHERE changed_run IS NOT NULL")).isEqualTo(1);

        try (XSSFWorkbook book = new XSSFWorkbook(WORK.resolve("output/2025-06-04/digest.xlsx").toFile())) {
            Sheet summary = book.getSheet("Summary");
            assertThat(summaryValue(summary, "Figures changed in this run")).isEqualTo(1d);
            assertThat(summaryValue(summary, "Figures new in this run")).isEqualTo(1d);
            Sheet runs = book.getSheet("Runs");
            assertThat(runs.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Run date");
            // four runs of six steps, the latest first; this run's mail step comes after its publish step
            assertThat(runs.getLastRowNum()).isEqualTo(4 * 6 - 1);
            assertThat(runs.getRow(1).getCell(0).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2025, 6, 4));
            assertThat(runs.getRow(1).getCell(3).getStringCellValue()).isEqualTo("ingestNews");
        }
    }

    private static double summaryValue(Sheet summary, String item) {
        for (Row row : summary) {
            if (row.getRowNum() > 0 && row.getCell(1).getStringCellValue().equals(item)) {
                return row.getCell(2).getNumericCellValue();
            }
        }
        throw new AssertionError("no summary row " + item);
    }

    private int count(String sql) {
        Integer n = jdbc.queryForObject(sql, Integer.class);
        return n == null ? 0 : n;
    }

    private JobParameters parameters(LocalDate runDate) {
        return NightlyDigestParameters.of(runDate, properties);
    }
}
