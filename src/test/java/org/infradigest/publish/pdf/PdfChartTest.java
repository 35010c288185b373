package org.infradigest.publish.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.infradigest.publish.ChartData;
import org.infradigest.publish.ChartData.Kind;
import org.infradigest.publish.ChartData.Series;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class PdfChartTest {

    private static final DigestFonts FONTS = DigestFonts.standard();
    private static final float WIDTH = 515;
    private static final float HEIGHT = 210;

    /** 北京 · 中国移动 */
    private static final String BEIJING_CHINA_MOBILE = "\u5317\u4eac \u00b7 \u4e2d\u56fd\u79fb\u52a8";

    @Test
    void drawsALineChartWithTitleLegendAndRoundTicks() throws IOException {
        // given
        ChartData chart = baseStations();

        // when
        String text = text(write("line-chart.pdf", chart));

        // then
        assertThat(text).contains("5G base stations", "base stations", BEIJING_CHINA_MOBILE,
                "Shanghai \u00b7 China Telecom", "2024-Q1", "2025-Q2");
        assertThat(text).contains("0\n5,000\n10,000\n15,000\n20,000\n25,000\n");
    }

    @Test
    void drawsGroupedBarsWithPercentTicks() throws IOException {
        // given
        ChartData chart = shares();

        // when
        String text = text(write("bar-chart.pdf", chart));

        // then
        assertThat(text).contains("5G share of mobile subscriptions", "2023", "2024", "China Mobile",
                "China Broadnet", "0%", "20%", "40%", "60%");
    }

    @Test
    void drawsTheFirstSixSeriesAndSaysHowManyMore() throws IOException {
        // given eight series
        List<Series> eight = IntStream.rangeClosed(1, 8)
                .mapToObj(i -> series("Operator " + i, i * 10.0, i * 12.0, i * 11.0)).toList();
        ChartData chart = new ChartData(Kind.LINE, "Many operators", "", false, List.of("2023", "2024", "2025"),
                eight);

        // when
        String text = text(write("many-series.pdf", chart));

        // then
        assertThat(text).contains("Operator 1", "Operator 6", "+2 more").doesNotContain("Operator 7");
    }

    @Test
    void cutsLongLegendNamesWithAnEllipsis() throws IOException {
        // given six long names that cannot share two lines
        List<Series> six = IntStream.rangeClosed(1, 6)
                .mapToObj(i -> series("Provincial branch number " + i + " of a very long operator name",
                        i * 1.0, i * 2.0)).toList();
        ChartData chart = new ChartData(Kind.BAR, "Long names", "", false, List.of("2024", "2025"), six);

        // when
        String text = text(write("long-legend.pdf", chart));

        // then
        assertThat(text).contains("Provincial branch", "\u2026").doesNotContain("very long operator name");
    }

    @Test
    void labelsMillionsAndThinsCategoryLabelsThatWouldOverlap() throws IOException {
        // given 36 months
        List<String> months = IntStream.range(0, 36)
                .mapToObj(i -> String.format("%d-%02d", 2023 + i / 12, i % 12 + 1)).toList();
        List<BigDecimal> values = IntStream.range(0, 36)
                .mapToObj(i -> BigDecimal.valueOf(2_300_000 + i * 70_000L)).toList();
        ChartData chart = new ChartData(Kind.LINE, "5G base stations in China", "base stations", false, months,
                List.of(new Series("China", values)));

        // when
        String text = text(write("thinned.pdf", chart));

        // then not every month is labelled, the first and the last are
        assertThat(text).contains("2023-01", "2025-12", "M");
        long labelled = months.stream().filter(text::contains).count();
        assertThat(labelled).isBetween(4L, 18L);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edgeCases")
    void drawsEdgeCasesWithoutFailing(String name, ChartData chart) throws IOException {
        // when
        String text = text(write("edge-" + name.replaceAll("\\W+", "-") + ".pdf", chart));

        // then the title shows, cut with an ellipsis when it is wider than the chart
        String title = chart.title().length() > 60 ? chart.title().substring(0, 40) : chart.title();
        assertThat(text).contains(title);
    }

    static Stream<Arguments> edgeCases() {
        List<String> years = List.of("2022", "2023", "2024", "2025");
        return Stream.of(
                Arguments.of("single category line", new ChartData(Kind.LINE, "One period", "sites", false,
                        List.of("2025"), List.of(series("A", 120.0), series("B", 80.0)))),
                Arguments.of("single category bar", new ChartData(Kind.BAR, "One operator", "sites", false,
                        List.of("China Mobile"), List.of(series("2025", 1_200_000.0)))),
                Arguments.of("all equal", new ChartData(Kind.LINE, "Flat", "", false, years,
                        List.of(series("A", 5.0, 5.0, 5.0, 5.0)))),
                Arguments.of("all zero", new ChartData(Kind.BAR, "Zero", "", false, years,
                        List.of(series("A", 0.0, 0.0, 0.0, 0.0)))),
                Arguments.of("negative values", new ChartData(Kind.BAR, "Net additions", "subscribers", false,
                        years, List.of(series("A", -1200.0, 300.0, 2500.0, -400.0),
                        series("B", 800.0, -2600.0, 1500.0, 900.0)))),
                Arguments.of("negative line", new ChartData(Kind.LINE, "Change", "", true, years,
                        List.of(series("A", -3.5, -1.2, 0.4, 2.8)))),
                Arguments.of("gaps and a series with only nulls", new ChartData(Kind.LINE, "Gaps", "", false,
                        List.of("Q1", "Q2", "Q3", "Q4", "Q5", "Q6"),
                        List.of(series("Gappy", 10.0, null, 14.0, 15.0, null, 18.0),
                                series("Empty", null, null, null, null, null, null),
                                series("Alone", null, null, 12.0, null, null, null)))),
                Arguments.of("empty", new ChartData(Kind.LINE, "Nothing yet", "", false, List.of(), List.of())),
                Arguments.of("only nulls", new ChartData(Kind.BAR, "Only nulls", "", false, years,
                        List.of(series("A", null, null, null, null)))),
                Arguments.of("tiny values", new ChartData(Kind.LINE, "Small share", "", true, years,
                        List.of(series("A", 0.012, 0.018, 0.02, 0.031)))),
                Arguments.of("many bars", new ChartData(Kind.BAR, "Provinces", "", false,
                        IntStream.range(0, 31).mapToObj(i -> "Province number " + i).toList(),
                        List.of(new Series("2025", IntStream.range(0, 31)
                                .mapToObj(i -> BigDecimal.valueOf(1000 + i * 37L)).toList())))),
                Arguments.of("long title", new ChartData(Kind.LINE, "A title far longer than the chart is wide, "
                        + "as a metric label with its region, operator and qualifier might be when nobody shortened it",
                        "", false, years, List.of(series("A", 1.0, 2.0, 3.0, 4.0)))));
    }

    @Test
    void drawsIntoAnImageAsWell() throws IOException {
        // given
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.open();

        // when
        document.add(new PdfChart(FONTS).image(writer, baseStations(), 300, 160));
        document.close();

        // then
        assertThat(text(out.toByteArray())).contains("5G base stations", BEIJING_CHINA_MOBILE);
    }

    @Test
    void fitsHalfAPageWidth() throws IOException {
        // given two charts side by side, as a report puts a trend next to a comparison
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.open();
        PdfChart charts = new PdfChart(FONTS);
        org.openpdf.text.pdf.PdfPTable row = new org.openpdf.text.pdf.PdfPTable(2);
        row.setTotalWidth(WIDTH);
        row.setLockedWidth(true);
        for (ChartData chart : List.of(baseStations(), shares())) {
            org.openpdf.text.pdf.PdfPCell cell = new org.openpdf.text.pdf.PdfPCell(charts.element(chart, 250, 170));
            cell.setBorder(org.openpdf.text.Rectangle.NO_BORDER);
            cell.setPadding(0);
            row.addCell(cell);
        }

        // when
        document.add(row);
        document.add(new Paragraph(FONTS.regular(" ", DigestFonts.BODY, DigestFonts.INK)));
        document.add(charts.element(baseStations(), WIDTH, HEIGHT));
        document.add(new Paragraph(FONTS.regular(" ", DigestFonts.BODY, DigestFonts.INK)));
        document.add(charts.element(shares(), WIDTH, HEIGHT));
        document.close();
        Path sample = Path.of("target", "publish-samples", "charts-sample.pdf");
        Files.createDirectories(sample.getParent());
        Files.write(sample, out.toByteArray());

        // then
        assertThat(text(out.toByteArray())).contains("5G base stations", "5G share of mobile subscriptions");
    }

    @Test
    void keepsTheTitleInABoxTooSmallForAnAxis() throws IOException {
        // given
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.open();

        // when
        document.add(new PdfChart(FONTS).element(baseStations(), 120, 40));
        document.close();

        // then
        assertThat(text(out.toByteArray())).contains("5G base stations").doesNotContain("10,000");
    }

    @Test
    void refusesNoChartSilently() {
        ChartData empty = new ChartData(Kind.BAR, "Empty", null, false, List.of(), List.of());
        assertThatCode(() -> write("empty-bar.pdf", empty)).doesNotThrowAnyException();
    }

    /** Writes a sample page to target/publish-samples/ for a person to look at, and returns its bytes. */
    static byte[] write(String file, ChartData chart) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(FONTS.bold("Key figures", DigestFonts.HEADING, DigestFonts.ACCENT)));
        document.add(new Paragraph(FONTS.regular(" ", DigestFonts.BODY, DigestFonts.INK)));
        document.add(new PdfChart(FONTS).element(chart, WIDTH, HEIGHT));
        document.close();
        Path sample = Path.of("target", "publish-samples", "charts", file);
        Files.createDirectories(sample.getParent());
        Files.write(sample, out.toByteArray());
        return out.toByteArray();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static ChartData baseStations() {
        return new ChartData(Kind.LINE, "5G base stations", "base stations", false,
                List.of("2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2"),
                List.of(series(BEIJING_CHINA_MOBILE, 12_400.0, 14_100.0, 15_800.0, 17_200.0, null, 21_600.0),
                        series("Shanghai \u00b7 China Telecom", 9_800.0, 11_000.0, 12_900.0, 13_400.0, 15_100.0,
                                16_000.0),
                        series("Guangdong \u00b7 China Unicom", 6_200.0, 7_900.0, 8_100.0, 10_300.0, 12_800.0,
                                14_900.0),
                        series("Shenzhen", null, null, 4_000.0, 5_500.0, 6_600.0, 8_200.0)));
    }

    static ChartData shares() {
        return new ChartData(Kind.BAR, "5G share of mobile subscriptions", "share of subscriptions",
                true, List.of("China Mobile", "China Telecom", "China Unicom", "China Broadnet"),
                List.of(series("2023", 52.1, 48.4, 45.2, 30.0), series("2024", 61.3, 57.2, 54.9, 41.6)));
    }

    static Series series(String name, Double... values) {
        List<BigDecimal> list = new ArrayList<>();
        Arrays.stream(values).forEach(v -> list.add(v == null ? null : BigDecimal.valueOf(v)));
        return new Series(name, list);
    }
}
