package org.infradigest.publish.excel;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFGraphicFrame;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.infradigest.publish.ChartData;
import org.infradigest.publish.ChartData.Kind;
import org.infradigest.publish.ChartData.Series;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLineSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ChartsSheetTest {

    private static final List<String> QUARTERS = List.of("2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1");

    static ChartData trend() {
        return new ChartData(Kind.LINE, "5G base stations", "base stations", false, QUARTERS, List.of(
                series("Beijing", 98_000, 103_500, null, 112_000, 118_400),
                series("Shanghai", 88_000, 90_100, 93_000, 95_800, 99_000),
                series("Guangdong", 230_000, 241_000, 250_500, 262_000, 270_300)));
    }

    static ChartData bars() {
        return new ChartData(Kind.BAR, "5G base stations by operator", "base stations", false,
                List.of("China Mobile", "China Telecom", "China Unicom", "China Broadnet"), List.of(
                series("2024", 2_100_000, 1_050_000, 1_000_000, null),
                series("2025", 2_450_000, 1_210_000, 1_150_000, 120_000)));
    }

    static ChartData percents() {
        return new ChartData(Kind.LINE, "5G share of mobile subscriptions", "percent", true, QUARTERS, List.of(
                new Series("China", decimals("52.1", "54.0", "56.3", "58.2", "60.5")),
                new Series("Beijing", decimals("58.4", null, "61.9", "63.0", "64.7"))));
    }

    static ChartData cjk() {
        return new ChartData(Kind.LINE, "5G 基站 · 北京", "基站", false, QUARTERS, List.of(
                series("北京 · 中国移动", 45_000, 47_200, 49_800, 52_000, 55_100),
                series("北京 · 中国联通", 30_100, 31_000, 32_800, 34_000, 35_600)));
    }

    @Test
    void drawsOneNativeChartPerChartDataBesideItsDataBlock() throws IOException {
        // given
        List<ChartData> charts = List.of(trend(), bars(), percents(), cjk());

        // when
        try (XSSFWorkbook workbook = writeAndRead(charts)) {
            // then
            XSSFSheet sheet = workbook.getSheet(ChartsSheet.NAME);
            assertThat(sheet).isNotNull();
            List<XSSFChart> drawn = sheet.getDrawingPatriarch().getCharts();
            assertThat(drawn).hasSize(4);
            assertThat(drawn).extracting(c -> c.getTitleText().getString())
                    .containsExactly("5G base stations", "5G base stations by operator",
                            "5G share of mobile subscriptions", "5G 基站 · 北京");
            assertThat(drawn).allSatisfy(c -> assertThat(c.getCTChart().getDispBlanksAs().getVal())
                    .isEqualTo(STDispBlanksAs.GAP));
            assertThat(drawn).allSatisfy(c -> assertThat(c.getCTChart().getLegend()).isNotNull());
        }
    }

    @Test
    void referencesTheCellsOfItsBlockForCategoriesValuesAndSeriesNames() throws IOException {
        // when
        try (XSSFWorkbook workbook = writeAndRead(List.of(trend(), bars()))) {
            // then
            XSSFSheet sheet = workbook.getSheet(ChartsSheet.NAME);
            List<XSSFChart> drawn = sheet.getDrawingPatriarch().getCharts();

            // The trend: title row 1, header row 2, five quarters in rows 3 to 7.
            XDDFChartData line = drawn.get(0).getChartSeries().getFirst();
            assertThat(line).isInstanceOf(XDDFLineChartData.class);
            assertThat(line.getSeriesCount()).isEqualTo(3);
            assertThat(line.getSeries(0).getCategoryData().getDataRangeReference()).isEqualTo("Charts!$A$3:$A$7");
            assertThat(line.getSeries(0).getValuesData().getDataRangeReference()).isEqualTo("Charts!$B$3:$B$7");
            assertThat(line.getSeries(2).getValuesData().getDataRangeReference()).isEqualTo("Charts!$D$3:$D$7");
            CTLineSer first = ((XDDFLineChartData.Series) line.getSeries(0)).getCTLineSer();
            assertThat(first.getTx().getStrRef().getF()).isEqualTo("Charts!$B$2");
            assertThat(first.getTx().getStrRef().getStrCache().getPtArray(0).getV()).isEqualTo("Beijing");
            assertThat(first.getMarker().getSymbol().getVal().toString()).isEqualTo("circle");
            // The missing Q3 value stays out of the cache, so the line has a gap rather than a zero.
            assertThat(first.getVal().getNumRef().getNumCache().getPtList())
                    .extracting(p -> (int) p.getIdx()).containsExactly(0, 1, 3, 4);

            // The bars: the next section starts below the chart (20 rows) plus two empty rows.
            XDDFChartData bar = drawn.get(1).getChartSeries().getFirst();
            assertThat(bar).isInstanceOf(XDDFBarChartData.class);
            assertThat(((XDDFBarChartData) bar).getBarDirection().name()).isEqualTo("COL");
            assertThat(((XDDFBarChartData) bar).getBarGrouping().name()).isEqualTo("CLUSTERED");
            assertThat(bar.getSeriesCount()).isEqualTo(2);
            assertThat(drawn.get(1).getCTChart().getPlotArea().getValAxArray(0).getScaling().getMin().getVal())
                    .isZero();
            assertThat(bar.getSeries(1).getCategoryData().getDataRangeReference()).isEqualTo("Charts!$A$25:$A$28");
            assertThat(bar.getSeries(1).getValuesData().getDataRangeReference()).isEqualTo("Charts!$C$25:$C$28");
            assertThat(sheet.getRow(22).getCell(0).getStringCellValue())
                    .isEqualTo("5G base stations by operator (base stations)");
            assertThat(sheet.getRow(23).getCell(1).getStringCellValue()).isEqualTo("2024");
        }
    }

    @Test
    void writesRealNumbersWithThousandsAndPercentFormatsAndLeavesMissingValuesEmpty() throws IOException {
        // when
        try (XSSFWorkbook workbook = writeAndRead(List.of(trend(), percents()))) {
            // then
            XSSFSheet sheet = workbook.getSheet(ChartsSheet.NAME);
            Cell beijingQ1 = sheet.getRow(2).getCell(1);
            assertThat(beijingQ1.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(beijingQ1.getNumericCellValue()).isEqualTo(98_000d);
            assertThat(beijingQ1.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            Cell beijingQ3 = sheet.getRow(4).getCell(1);
            assertThat(beijingQ3 == null || beijingQ3.getCellType() == CellType.BLANK).isTrue();
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("2024-Q1");

            // Percent points stay as they are (52.1 is 52.1%), shown with a literal percent sign like elsewhere.
            Row percentRow = sheet.getRow(24);
            assertThat(percentRow.getCell(1).getNumericCellValue()).isEqualTo(52.1);
            assertThat(percentRow.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.0\"%\"");
            XSSFChart percentChart = sheet.getDrawingPatriarch().getCharts().get(1);
            assertThat(percentChart.getCTChart().getPlotArea().getValAxArray(0).getNumFmt().getFormatCode())
                    .isEqualTo("0\"%\"");
        }
    }

    @Test
    void placesChartsBesideTheWidestBlockAndBelowEachOtherWithoutOverlap() throws IOException {
        // when
        try (XSSFWorkbook workbook = writeAndRead(List.of(trend(), bars(), longTrend()))) {
            // then
            XSSFSheet sheet = workbook.getSheet(ChartsSheet.NAME);
            XSSFDrawing drawing = sheet.getDrawingPatriarch();
            List<XSSFClientAnchor> anchors = drawing.getShapes().stream()
                    .filter(XSSFGraphicFrame.class::isInstance)
                    .map(s -> (XSSFClientAnchor) s.getAnchor()).toList();
            assertThat(anchors).hasSize(3);
            assertThat(anchors).allSatisfy(a -> assertThat((int) a.getCol1()).isEqualTo(5));
            for (int i = 1; i < anchors.size(); i++) {
                assertThat(anchors.get(i).getRow1()).isGreaterThan(anchors.get(i - 1).getRow2());
            }
            // The 30-period block is taller than its chart: nothing follows it, but it is written in full.
            assertThat(sheet.getRow(anchors.get(2).getRow1() + 31).getCell(0).getStringCellValue()).isEqualTo("P30");
        }
    }

    @Test
    void capsTheSeriesPerChartAndTheChartsPerSheet() throws IOException {
        // given
        List<Series> many = IntStream.rangeClosed(1, 11).mapToObj(i -> series("S" + i, i, i + 1, i + 2)).toList();
        ChartData crowded = new ChartData(Kind.LINE, "Crowded", "", false, List.of("A", "B", "C"), many);
        List<ChartData> charts = new ArrayList<>();
        for (int i = 0; i < ChartsSheet.MAX_CHARTS + 3; i++) {
            charts.add(crowded);
        }

        // when
        try (XSSFWorkbook workbook = writeAndRead(charts)) {
            // then
            XSSFSheet sheet = workbook.getSheet(ChartsSheet.NAME);
            List<XSSFChart> drawn = sheet.getDrawingPatriarch().getCharts();
            assertThat(drawn).hasSize(ChartsSheet.MAX_CHARTS);
            assertThat(drawn.getFirst().getChartSeries().getFirst().getSeriesCount()).isEqualTo(ChartsSheet.MAX_SERIES);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Crowded \u2014 first 8 series shown, 3 more left out");
        }
    }

    @Test
    void sitsAmongStreamedSheetsWhoseRowsWereFlushed() throws IOException {
        // given a streamed sheet longer than the window before the charts, and a chart with more categories than it
        List<String> days = IntStream.rangeClosed(1, 150).mapToObj(i -> "D" + i).toList();
        ChartData daily = new ChartData(Kind.LINE, "Daily", "units", false, days,
                List.of(new Series("Only", IntStream.rangeClosed(1, 150).mapToObj(BigDecimal::valueOf).toList())));
        SXSSFWorkbook streaming = new SXSSFWorkbook(ExcelDigestWriter.WINDOW);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            WorkbookStyles styles = new WorkbookStyles(streaming);
            SheetTable figures = new SheetTable(streaming, "Figures", styles,
                    List.of(Column.text("Metric"), Column.number("Value")));
            for (int i = 0; i < 250; i++) {
                figures.add("m" + i, BigDecimal.valueOf(i));
            }
            figures.finish();
            ChartsSheet.write(streaming, styles, List.of(trend(), daily));
            streaming.write(out);
        } finally {
            streaming.dispose();
            streaming.close();
        }

        // when
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            // then
            assertThat(workbook.getSheetName(1)).isEqualTo(ChartsSheet.NAME);
            assertThat(workbook.getSheet("Figures").getRow(250).getCell(0).getStringCellValue()).isEqualTo("m249");
            XSSFSheet sheet = workbook.getSheet(ChartsSheet.NAME);
            assertThat(sheet.getDrawingPatriarch().getCharts()).hasSize(2);
            XDDFChartData second = sheet.getDrawingPatriarch().getCharts().get(1).getChartSeries().getFirst();
            assertThat(second.getSeries(0).getValuesData().getDataRangeReference()).isEqualTo("Charts!$B$25:$B$174");
            assertThat(sheet.getRow(173).getCell(1).getNumericCellValue()).isEqualTo(150d);
        }
    }

    @Test
    void saysSoWhenThereIsNothingToChart() throws IOException {
        // given
        ChartData blank = new ChartData(Kind.LINE, "Nothing", "", false, QUARTERS,
                List.of(new Series("Empty", Arrays.asList(null, null, null, null, null))));

        // when
        try (XSSFWorkbook workbook = writeAndRead(List.of(blank))) {
            // then
            XSSFSheet sheet = workbook.getSheet(ChartsSheet.NAME);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(ChartsSheet.NOTHING_TO_CHART);
            assertThat(sheet.getDrawingPatriarch()).isNull();
        }
    }

    @Test
    void convertsInLibreOfficeWithoutComplaint(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("soffice"), "LibreOffice (soffice) is not installed");
        // given
        Path xlsx = dir.resolve("charts.xlsx");
        Files.write(xlsx, write(List.of(trend(), bars(), percents(), cjk())));

        // when
        Process process = new ProcessBuilder("soffice", "--headless", "-env:UserInstallation=" + dir.resolve("profile")
                .toUri(), "--convert-to", "pdf", "--outdir", dir.toString(), xlsx.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        boolean finished = process.waitFor(3, TimeUnit.MINUTES);

        // then
        assertThat(finished).as("soffice finished").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        Path pdf = dir.resolve("charts.pdf");
        assertThat(pdf).exists();
        assertThat(Files.size(pdf)).isGreaterThan(1_000);
        assertThat(output.toLowerCase()).doesNotContain("error").doesNotContain("repair");
        // To look at it: -Dcharts.keep=/some/dir keeps the workbook and its PDF (then pdftoppm -png charts.pdf page).
        String keep = System.getProperty("charts.keep");
        if (keep != null) {
            Files.createDirectories(Path.of(keep));
            Files.copy(xlsx, Path.of(keep, "charts.xlsx"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(pdf, Path.of(keep, "charts.pdf"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static ChartData longTrend() {
        List<String> periods = IntStream.rangeClosed(1, 30).mapToObj(i -> "P" + i).toList();
        List<BigDecimal> values = IntStream.rangeClosed(1, 30).mapToObj(BigDecimal::valueOf).toList();
        return new ChartData(Kind.LINE, "Long", "units", false, periods, List.of(new Series("Only", values)));
    }

    private static Series series(String name, Integer... values) {
        return new Series(name, Arrays.stream(values).map(v -> v == null ? null : BigDecimal.valueOf(v)).toList());
    }

    private static List<BigDecimal> decimals(String... values) {
        return Arrays.stream(values).map(v -> v == null ? null : new BigDecimal(v)).toList();
    }

    static byte[] write(List<ChartData> charts) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ExcelDigestWriter.WINDOW);
        workbook.setCompressTempFiles(true);
        try {
            ChartsSheet.write(workbook, new WorkbookStyles(workbook), charts);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static XSSFWorkbook writeAndRead(List<ChartData> charts) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(write(charts)));
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, command)));
    }
}
