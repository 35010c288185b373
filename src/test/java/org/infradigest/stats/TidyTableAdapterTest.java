package org.infradigest.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.infradigest.stats.StatsFixtures.readBytes;
import static org.infradigest.stats.StatsFixtures.readText;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.infradigest.domain.Fact;
import org.infradigest.domain.Qualifier;
import org.infradigest.domain.Reject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TidyTableAdapterTest {

    @Test
    void columnsInAnotherOrderAndCaseAreFoundByTheirNames() {
        // given
        String table = """
                Period,REGION,Value,Unit,Metric,Operator,Qualifier,Note
                2024,China,4250000,stations,base_stations_5g,,over,MIIT year-end figure
                2024-06,"China, People's Republic of",1200000,stations,base_stations_5g,China Mobile,,
                """;

        // when
        var result = readText("miit_tidy.csv", table);

        // then
        assertThat(result.rejects()).isEmpty();
        assertThat(result.summary().layout()).isEqualTo("tidy");
        assertThat(result.facts()).extracting(Fact::metric, Fact::value, Fact::unit, Fact::region, Fact::operator,
                        Fact::period, Fact::qualifier)
                .containsExactly(
                        tuple("base_stations_5g", new BigDecimal("4250000"), "stations", "China", null, "2024", Qualifier.OVER),
                        tuple("base_stations_5g", new BigDecimal("1200000"), "stations", "China", "China Mobile", "2024-06",
                                Qualifier.EXACT));
        assertThat(result.facts().get(1).sentence())
                .isEqualTo("2024-06,\"China, People's Republic of\",1200000,stations,base_stations_5g,China Mobile,,");
    }

    @Test
    void indicatorCodesAndKnownMetricsTakeTheirUnitFromTheLexicon() {
        // given
        String table = """
                metric,value,region,period
                IT.NET.USER.ZS,73.7,CHN,2021
                mobile_subscriptions,1.73E9,China,2021
                """;

        // when
        var result = readText("tidy.csv", table);

        // then
        assertThat(result.facts()).extracting(Fact::metric, Fact::unit, Fact::region, Fact::value).containsExactly(
                tuple("internet_users_share", "percent", "China", new BigDecimal("73.7")),
                tuple("mobile_subscriptions", "subscriptions", "China", new BigDecimal("1730000000")));
    }

    @Test
    void aSourceCellNamesTheFactsSourceElseTheFileNameDoes() {
        // given
        String table = """
                metric,value,region,period,source
                base_stations_5g,4250000,China,2024,https://www.miit.gov.cn/example
                base_stations_5g,4190000,China,2024-11,
                """;

        // when
        var result = readText("tidy.csv", table);

        // then
        assertThat(result.facts()).extracting(Fact::source).containsExactly("https://www.miit.gov.cn/example", "tidy.csv");
    }

    @Test
    void badRowsAreRejectedWithTheirLineNumbersWhileGoodRowsLoad() {
        // given
        String table = """
                metric,value,region,period
                base_stations_5g,16000,Beijing,2023
                base_stations_5g,lots,Beijing,2023
                base_stations_5g,100,,2023
                base_stations_5g,100,Shanghai,last year
                ,100,Shanghai,2023
                base_stations_5g,,Shanghai,2023
                base_stations_5g,"12,500",Shanghai,2022
                """;

        // when
        var result = readText("tidy.csv", table);

        // then
        assertThat(result.rejects()).extracting(r -> r.location() + ": " + r.reason()).containsExactly(
                "line 3: value 'lots' is not a number",
                "line 4: region is empty",
                "line 5: period 'last year' is not YYYY, YYYY-MM, YYYY-MM-DD or START/END",
                "line 6: metric is empty");
        assertThat(result.facts()).extracting(Fact::region, Fact::value).containsExactly(
                tuple("Beijing", new BigDecimal("16000")), tuple("Shanghai", new BigDecimal("12500")));
        assertThat(result.summary().missing()).isEqualTo(1);
    }

    @Test
    void theFirstSheetOfAnXlsxWorkbookIsReadLikeACsv() throws IOException {
        // given: a workbook as an analyst saves it, numbers and a date typed as such, a blank row
        byte[] workbook = workbook();

        // when
        var result = readBytes("analyst_figures.xlsx", workbook, Optional.empty());

        // then
        assertThat(result.summary().layout()).isEqualTo("tidy");
        assertThat(result.facts()).extracting(Fact::metric, Fact::value, Fact::unit, Fact::region, Fact::operator, Fact::period)
                .containsExactly(
                        tuple("towers", new BigDecimal("2100000"), "towers", "China", "China Tower", "2024"),
                        tuple("full_fibre_coverage", new BigDecimal("36.3"), "percent", "United Kingdom", null, "2024-03-31"));
        assertThat(result.rejects()).singleElement().satisfies(r -> {
            assertThat(r.location()).isEqualTo("sheet 'Figures', row 5");
            assertThat(r.reason()).isEqualTo("value 'n.v.' is not a number");
        });
        assertThat(result.facts().get(0).sentence()).isEqualTo("China Tower,towers,2100000,China,2024,towers");
    }

    @Test
    void aWorkbookOnDiskIsReadFromTheFile(@TempDir Path folder) throws IOException {
        // given (the bytes kept: a second workbook() may carry another creation time)
        byte[] written = workbook();
        Path file = Files.write(folder.resolve("analyst_figures.xlsx"), written);
        List<StatFact> facts = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();

        // when
        ReadSummary summary = StatsFixtures.reader().read(file, facts::add, rejects::add);

        // then
        assertThat(summary.layout()).isEqualTo("tidy");
        assertThat(facts).hasSize(2);
        assertThat(rejects).hasSize(1);
        assertThat(Files.readAllBytes(file)).isEqualTo(written);
    }

    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Figures");
            var date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            var grouped = book.createCellStyle();
            grouped.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("#,##0"));
            header(sheet.createRow(0), "Operator", "Metric", "Value", "Region", "Period", "Unit");
            Row tower = sheet.createRow(1);
            tower.createCell(0).setCellValue("China Tower");
            tower.createCell(1).setCellValue("towers");
            tower.createCell(2).setCellValue(2_100_000);
            tower.getCell(2).setCellStyle(grouped);
            tower.createCell(3).setCellValue("China");
            tower.createCell(4).setCellValue(2024);
            tower.createCell(5).setCellValue("towers");
            // row 3 left out: a blank row
            Row fibre = sheet.createRow(3);
            fibre.createCell(1).setCellValue("full_fibre_coverage");
            fibre.createCell(2).setCellValue(36.3);
            fibre.createCell(3).setCellValue("United Kingdom");
            fibre.createCell(4).setCellValue(LocalDate.of(2024, 3, 31));
            fibre.getCell(4).setCellStyle(date);
            fibre.createCell(5).setCellValue("percent");
            Row bad = sheet.createRow(4);
            bad.createCell(1).setCellValue("towers");
            bad.createCell(2).setCellValue("n.v.");
            bad.createCell(3).setCellValue("China");
            book.createSheet("Notes").createRow(0).createCell(0).setCellValue("not read: only the first sheet counts");
            book.write(out);
            return out.toByteArray();
        }
    }

    private static void header(Row row, String... names) {
        for (int i = 0; i < names.length; i++) {
            row.createCell(i).setCellValue(names[i]);
        }
    }

    @Test
    void valuesTheFactTableCannotHoldAreRejectsNotAFailedStep() {
        // given: DECIMAL(38, 10) holds 28 digits before the point; a count is never negative
        String table = """
                metric,value,region,period
                base_stations_5g,1e400,Beijing,2023
                base_stations_5g,99999999999999999999999999999999999999999,Shanghai,2023
                base_stations_5g,1e-400,Tianjin,2023
                base_stations_5g,-500,Beijing,2022
                base_stations_5g_net_added,-20,Beijing,2022
                base_stations_5g,9999999999999999999999999999,Beijing,2021
                """;

        // when
        var result = readText("huge.csv", table);

        // then
        assertThat(result.rejects()).extracting(Reject::location, Reject::reason).containsExactly(
                tuple("line 2", "value '1e400' is out of range: at most 28 digits before the decimal point, and not "
                        + "below 0.0000000001"),
                tuple("line 3", "value '99999999999999999999999999999999999999999' is out of range: at most 28 digits "
                        + "before the decimal point, and not below 0.0000000001"),
                tuple("line 4", "value '1e-400' is out of range: at most 28 digits before the decimal point, and not "
                        + "below 0.0000000001"),
                tuple("line 5", "value -500 is negative, but base_stations_5g cannot be below zero (only _net_added "
                        + "metrics can)"));
        assertThat(result.facts()).extracting(Fact::value).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("-20"), new BigDecimal("9999999999999999999999999999"));
    }

    @Test
    void cellsWiderThanTheFactTableAndRowsLongerThanTheHeaderAreRejectsWithTheirLine() {
        // given
        String table = "metric,value,region,period,unit,operator\n"
                + "base_stations_5g,100,Beijing,2023," + "u".repeat(100) + ",\n"
                + "base_stations_5g,100," + "Z".repeat(300) + ",2023,,\n"
                + "base_stations_5g,100,Beijing,2023,,China Mobile,extra,cells\n"
                + "base_stations_5g,100,Beijing,2023,,China Mobile,,\n";

        // when
        var result = readText("wide.csv", table);

        // then
        assertThat(result.rejects()).extracting(Reject::location, Reject::reason).containsExactly(
                tuple("line 2", "unit is 100 characters long, above the limit of 64"),
                tuple("line 3", "region is 300 characters long, above the limit of 200"),
                tuple("line 4", "row has 8 cells but the header has 6 columns (an unquoted comma?)"));
        assertThat(result.facts()).singleElement().extracting(Fact::operator).isEqualTo("China Mobile");
    }
}
