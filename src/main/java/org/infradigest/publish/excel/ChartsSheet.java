package org.infradigest.publish.excel;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickMark;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFTitle;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xddf.usermodel.text.TextAlignment;
import org.apache.poi.xddf.usermodel.text.XDDFRunProperties;
import org.apache.poi.xddf.usermodel.text.XDDFTextParagraph;
import org.apache.poi.xddf.usermodel.text.XDDFTextRun;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.infradigest.publish.ChartData;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTValAx;
import org.infradigest.publish.FigureFormat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The Charts sheet: for each chart a small data block (a title line, a header of the category label and the
 * series names, one row per category with real numbers, empty where a series has no value) and, beside it, a
 * native Excel chart whose series reference those cells, so an analyst can restyle the chart or edit the numbers
 * and see it follow. A trend is a line chart with markers, a comparison a clustered column chart; a missing value
 * is drawn as a gap, never as zero.
 *
 * <p>Layout: the data blocks start in column A; every chart starts in the same column, one empty column right of
 * the widest block, so the charts form one column down the sheet. Each chart is anchored to the rows of its own
 * section ({@value #CHART_ROWS} rows tall, {@value #CHART_COLUMNS} columns wide), and a section is as tall as the
 * longer of its block and its chart plus {@value #GAP_ROWS} empty rows, so neither charts nor blocks overlap.
 * Printed portrait and one page wide, with page breaks between sections so that no chart is cut in two.
 *
 * <p>Numbers use the workbook's formats: thousands separators, and percent points (36.3 meaning 36.3%) kept as
 * they are behind a literal percent sign, as on the other sheets. The value axis is titled with the unit; bars
 * start at zero, and percent bars end at 100% when no value exceeds it.
 *
 * <p>With nothing to draw the sheet holds one line saying so, and no drawing.
 *
 * <p>Caps, to keep the sheet readable and the charts legible: at most {@value #MAX_CHARTS} charts (the first ones,
 * in the order given) and at most {@value #MAX_SERIES} series per chart (the first ones; the title line says how
 * many were left out). Series without any value, and charts without any value at all, are left out.
 *
 * <p>Built on the streaming workbook: the cells are streamed like every other sheet, while the drawing and its
 * charts live in the underlying XSSF sheet part ({@code SXSSFDrawing} has no {@code createChart} in POI 5.5.1, but
 * {@code SXSSFSheet.getDrawingPatriarch()} hands out the {@code XSSFDrawing} behind it, which has). POI's cell-range data sources read cells from that XSSF sheet,
 * which stays empty under streaming, so each series is built from the values themselves together with the
 * reference of the cells holding them: the chart part then carries both the formula ({@code Charts!$B$3:$B$7})
 * and a cache of the values, which is what Excel itself writes.
 */
final class ChartsSheet {

    static final String NAME = "Charts";

    /** Charts drawn at most; the rest are left out. */
    static final int MAX_CHARTS = 12;

    /** Series per chart at most: more lines or bars than this cannot be told apart. */
    static final int MAX_SERIES = 8;

    /** Size of one chart, in default-size rows (15 pt) and columns (about 64 px). */
    static final int CHART_ROWS = 20;
    static final int CHART_COLUMNS = 10;

    /**
     * Rows printed on one portrait page at most. Fitted to the page width, even the narrowest sheet (one series)
     * is scaled to about two thirds, where three default sections (66 rows) still fit a page's height.
     */
    static final int PAGE_ROWS = 66;

    /** Empty rows between two sections. */
    static final int GAP_ROWS = 2;

    /** Height of one line of the default 11 pt font. */
    private static final float LINE_POINTS = 14.5f;

    static final String NOTHING_TO_CHART = "No series with two or more periods to chart yet.";

    /** One colour per series: a dark blue matching the header fill first, then well separated hues. */
    private static final String[] PALETTE = {
            "1F4E79", "ED7D31", "5B9BD5", "70AD47", "FFC000", "7F3F98", "A5A5A5", "C00000"};

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final String AXIS_GREY = "BFBFBF";
    private static final String GRID_GREY = "E3E3E3";
    private static final String TEXT_GREY = "404040";

    private ChartsSheet() {
    }

    /**
     * Writes the Charts sheet.
     *
     * @param charts the charts to draw, in order; at most {@link #MAX_CHARTS} are drawn
     */
    static void write(SXSSFWorkbook workbook, WorkbookStyles styles, List<ChartData> charts) {
        draw(workbook, styles, start(workbook), charts);
    }

    /** Makes the sheet, in its place among the workbook's; the charts are drawn later ({@link #draw}). */
    static SXSSFSheet start(SXSSFWorkbook workbook) {
        synchronized (workbook) {
            SXSSFSheet sheet = workbook.createSheet(NAME);
            printOnePageWide(sheet);
            return sheet;
        }
    }

    /**
     * Draws the charts into the sheet {@link #start} made. Holding the workbook's lock: the drawing and its charts are
     * parts of the workbook's package, as a sheet that another thread's table goes on in is (SheetTable).
     */
    static void draw(SXSSFWorkbook workbook, WorkbookStyles styles, SXSSFSheet sheet, List<ChartData> charts) {
        synchronized (workbook) {
            drawLocked(workbook, styles, sheet, charts);
        }
    }

    private static void drawLocked(SXSSFWorkbook workbook, WorkbookStyles styles, SXSSFSheet sheet,
                                   List<ChartData> charts) {
        List<ChartData> drawn = charts.stream().filter(Objects::nonNull).filter(c -> !c.isEmpty())
                .limit(MAX_CHARTS).toList();
        if (drawn.isEmpty()) {
            Cell cell = sheet.createRow(0).createCell(0);
            cell.setCellValue(NOTHING_TO_CHART);
            cell.setCellStyle(styles.text);
            sheet.setColumnWidth(0, (NOTHING_TO_CHART.length() + 4) * 256);
            return;
        }
        Looks looks = new Looks(styles, titleStyle(workbook), wrappedHeader(workbook, styles));
        int widestBlock = drawn.stream().mapToInt(c -> shownSeries(c).size()).max().orElse(1);
        int chartColumn = 1 + widestBlock + 1;
        int[] widths = setColumnWidths(sheet, drawn, widestBlock);

        sheet.createDrawingPatriarch();
        // SXSSF's own drawing cannot create charts; the XSSF drawing underneath it can, and is written with the sheet.
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        int row = 0;
        int pageTop = 0;
        for (ChartData chart : drawn) {
            // Page breaks between sections, never through a chart, as long as a section fits on a page.
            if (row > pageTop && row + sectionRows(chart) - GAP_ROWS - pageTop > PAGE_ROWS) {
                sheet.setRowBreak(row - 1);
                pageTop = row;
            }
            row = section(sheet, drawing, looks, widths, chart, row, chartColumn);
        }
    }

    /** Writes one block and its chart from {@code top}; returns the first row of the next section. */
    private static int section(SXSSFSheet sheet, XSSFDrawing drawing, Looks looks, int[] widths, ChartData chart,
                               int top, int chartColumn) {
        WorkbookStyles styles = looks.styles();
        List<ChartData.Series> series = shownSeries(chart);
        int leftOut = chart.series().size() - series.size();

        Cell titleCell = sheet.createRow(top).createCell(0);
        titleCell.setCellValue(titleLine(chart, leftOut));
        titleCell.setCellStyle(looks.title());

        int headerRow = top + 1;
        Row header = sheet.createRow(headerRow);
        Cell corner = header.createCell(0);
        corner.setCellValue(chart.kind() == ChartData.Kind.LINE ? "Period" : "Category");
        corner.setCellStyle(styles.header);
        int lines = 1;
        for (int s = 0; s < series.size(); s++) {
            Cell cell = header.createCell(1 + s);
            String name = series.get(s).name();
            cell.setCellValue(name);
            cell.setCellStyle(looks.seriesHeader());
            // Wide (CJK) characters take two digit widths, so fewer of them fit on a line.
            int perLine = (widths[1 + s] - 1) * name.length() / Math.max(1, displayWidth(name));
            lines = Math.max(lines, WrappedLines.count(name, Math.max(1, perLine)));
        }
        if (lines > 1) {
            // Applications do not grow rows on opening a file: a long series name gets the lines it wraps to.
            header.setHeightInPoints(Math.min(4, lines) * LINE_POINTS + 2);
        }

        int firstData = headerRow + 1;
        List<String> categories = chart.categories();
        CellStyle number = numberStyle(styles, chart);
        for (int c = 0; c < categories.size(); c++) {
            Row row = sheet.createRow(firstData + c);
            Cell label = row.createCell(0);
            label.setCellValue(categories.get(c));
            label.setCellStyle(styles.text);
            for (int s = 0; s < series.size(); s++) {
                BigDecimal value = series.get(s).values().get(c);
                if (value != null) {
                    Cell cell = row.createCell(1 + s);
                    cell.setCellValue(value.doubleValue());
                    cell.setCellStyle(number);
                }
            }
        }
        int lastData = firstData + categories.size() - 1;

        drawChart(drawing, chart, series, top, chartColumn, headerRow, firstData, lastData, number);

        return top + sectionRows(chart);
    }

    /** Rows a section takes: its block (title, header, categories) or its chart, whichever is taller, and a gap. */
    private static int sectionRows(ChartData chart) {
        return Math.max(2 + chart.categories().size(), CHART_ROWS) + GAP_ROWS;
    }

    private static void drawChart(XSSFDrawing drawing, ChartData data, List<ChartData.Series> series, int top,
                                  int chartColumn, int headerRow, int firstData, int lastData, CellStyle number) {
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0,
                chartColumn, top, chartColumn + CHART_COLUMNS, top + CHART_ROWS);
        anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_AND_RESIZE);
        XSSFChart chart = drawing.createChart(anchor);
        chart.getCTChartSpace().addNewRoundedCorners().setVal(false);
        chart.setTitleText(data.title());
        chart.setTitleOverlay(false);
        chart.setAutoTitleDeleted(false);
        titleLooks(chart.getTitle(), 13, true);
        chart.displayBlanksAs(DisplayBlanks.GAP);
        border(chart.getOrAddShapeProperties());

        XDDFChartLegend legend = chart.getOrAddLegend();
        legend.setPosition(LegendPosition.BOTTOM);
        legend.setOverlay(false);

        XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis valueAxis = chart.createValueAxis(AxisPosition.LEFT);
        valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        valueAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
        if (!data.unitLabel().isBlank()) {
            valueAxis.setTitle(data.unitLabel());
        }
        valueAxis.setNumberFormat(data.percent() ? "0\"%\"" : "#,##0");
        CTValAx valueAxisXml = chart.getCTChart().getPlotArea().getValAxArray(0);
        // Whole numbers on the axis even when the cells show a decimal: not linked to the cells' format.
        valueAxisXml.getNumFmt().setSourceLinked(false);
        if (valueAxisXml.isSetTitle()) {
            titleLooks(new XDDFTitle(chart, valueAxisXml.getTitle()), 9, false);
        }
        styleAxis(categoryAxis);
        styleAxis(valueAxis);
        valueAxis.setMajorTickMark(AxisTickMark.NONE);
        // Axis line hidden, light gridlines instead: the usual look of a value axis.
        valueAxis.getOrAddShapeProperties().setLineProperties(new XDDFLineProperties(new XDDFNoFillProperties()));
        valueAxis.getOrAddMajorGridProperties().setLineProperties(line(GRID_GREY, 0.75));

        XDDFChartData plot;
        if (data.kind() == ChartData.Kind.LINE) {
            plot = chart.createData(ChartTypes.LINE, categoryAxis, valueAxis);
        } else {
            XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
            bars.setBarDirection(BarDirection.COL);
            bars.setBarGrouping(BarGrouping.CLUSTERED);
            bars.setGapWidth(80);
            // Bars are read by their length, so they start at zero: applications would otherwise start the axis
            // near the smallest value when values are close (92% against 96% looking like double).
            boolean nonNegative = series.stream().flatMap(x -> x.values().stream())
                    .allMatch(v -> v == null || v.signum() >= 0);
            if (nonNegative) {
                valueAxis.setMinimum(0);
            }
            // Shares of a whole end at 100%, not at the next round step above it.
            boolean share = data.percent() && series.stream().flatMap(x -> x.values().stream())
                    .allMatch(v -> v == null || v.compareTo(HUNDRED) <= 0);
            if (share) {
                valueAxis.setMaximum(100);
            }
            plot = bars;
        }
        plot.setVaryColors(false);

        String[] categories = data.categories().toArray(String[]::new);
        XDDFCategoryDataSource categorySource = XDDFDataSourcesFactory.fromArray(categories,
                new CellRangeAddress(firstData, lastData, 0, 0).formatAsString(NAME, true));
        String format = number.getDataFormatString();
        for (int s = 0; s < series.size(); s++) {
            int column = 1 + s;
            Double[] values = series.get(s).values().stream()
                    .map(v -> v == null ? null : v.doubleValue()).toArray(Double[]::new);
            XDDFNumericalDataSource<Double> valueSource = XDDFDataSourcesFactory.fromArray(values,
                    new CellRangeAddress(firstData, lastData, column, column).formatAsString(NAME, true), column);
            valueSource.setFormatCode(format);
            XDDFChartData.Series added = plot.addSeries(categorySource, valueSource);
            added.setTitle(series.get(s).name(), new CellReference(NAME, headerRow, column, true, true));
            String colour = PALETTE[s % PALETTE.length];
            if (added instanceof XDDFLineChartData.Series line) {
                line.setSmooth(false);
                line.setMarkerStyle(MarkerStyle.CIRCLE);
                // No explicit marker size: its schema type is not in poi-ooxml-lite; the default (5 pt) reads well.
                line.setLineProperties(line(colour, 2.25));
                XDDFShapeProperties marker = new XDDFShapeProperties();
                marker.setFillProperties(fill(colour));
                marker.setLineProperties(line(colour, 0.75));
                line.getCTLineSer().getMarker().setSpPr(marker.getXmlObject());
            } else {
                added.setFillProperties(fill(colour));
            }
        }
        chart.plot(plot);
    }

    private static List<ChartData.Series> shownSeries(ChartData chart) {
        return chart.series().stream()
                .filter(s -> s.values().stream().anyMatch(Objects::nonNull))
                .limit(MAX_SERIES)
                .toList();
    }

    private static String titleLine(ChartData chart, int leftOut) {
        StringBuilder line = new StringBuilder(chart.title());
        if (!chart.unitLabel().isBlank()) {
            line.append(" (").append(chart.unitLabel()).append(')');
        }
        if (leftOut > 0) {
            line.append(" \u2014 first ").append(MAX_SERIES).append(" series shown, ")
                    .append(leftOut).append(" more left out");
        }
        return line.toString();
    }

    private static CellStyle numberStyle(WorkbookStyles styles, ChartData chart) {
        if (chart.percent()) {
            return styles.percent;
        }
        // One format per chart, so a column does not switch between "16,000" and "36.3".
        boolean whole = chart.series().stream().flatMap(s -> s.values().stream())
                .filter(Objects::nonNull).allMatch(FigureFormat::isWhole);
        return whole ? styles.integer : styles.decimal;
    }

    /**
     * Columns are shared by all blocks: the first fits the longest category, the others the longest series name
     * or number, within bounds so that a long name wraps rather than pushing the charts off screen.
     */
    private static int[] setColumnWidths(SXSSFSheet sheet, List<ChartData> charts, int widestBlock) {
        int first = 10;
        int[] widths = new int[widestBlock];
        Arrays.fill(widths, 10);
        for (ChartData chart : charts) {
            for (String category : chart.categories()) {
                first = Math.max(first, displayWidth(category) + 3);
            }
            List<ChartData.Series> series = shownSeries(chart);
            for (int s = 0; s < series.size(); s++) {
                widths[s] = Math.max(widths[s], displayWidth(series.get(s).name()) + 2);
                for (BigDecimal value : series.get(s).values()) {
                    if (value != null) {
                        widths[s] = Math.max(widths[s], FigureFormat.grouped(value).length() + 3);
                    }
                }
            }
        }
        int[] applied = new int[1 + widestBlock];
        applied[0] = Math.min(first, 30);
        for (int s = 0; s < widestBlock; s++) {
            applied[1 + s] = Math.min(widths[s], 16);
        }
        for (int c = 0; c < applied.length; c++) {
            sheet.setColumnWidth(c, applied[c] * 256);
        }
        return applied;
    }

    /** Width in digit widths: CJK and other wide characters take about two. */
    static int displayWidth(String text) {
        return text.codePoints().map(c -> Character.isIdeographic(c)
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL
                || (c >= 0xFF00 && c <= 0xFFEF) ? 2 : 1).sum();
    }

    /** The shared styles plus the two only this sheet uses, created once per workbook. */
    private record Looks(WorkbookStyles styles, CellStyle title, CellStyle seriesHeader) {
    }

    private static CellStyle wrappedHeader(SXSSFWorkbook workbook, WorkbookStyles styles) {
        CellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(styles.numberHeader);
        style.setWrapText(true);
        return style;
    }

    private static CellStyle titleStyle(SXSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        Font base = workbook.getFontAt(0);
        Font font = workbook.createFont();
        font.setFontName(base.getFontName());
        font.setFontHeightInPoints((short) 12);
        font.setBold(true);
        style.setFont(font);
        style.setVerticalAlignment(VerticalAlignment.BOTTOM);
        return style;
    }

    private static void styleAxis(XDDFChartAxis axis) {
        axis.setMajorTickMark(AxisTickMark.OUT);
        axis.setMinorTickMark(AxisTickMark.NONE);
        axis.getOrAddShapeProperties().setLineProperties(line(AXIS_GREY, 0.75));
        font(axis.getOrAddTextProperties(), 9, false);
    }

    /**
     * Styles a title on its own paragraph and runs: Excel takes a rich title's looks from there, not from the
     * title's text properties. Centred, since POI starts the paragraph left-aligned.
     */
    private static void titleLooks(XDDFTitle title, double points, boolean bold) {
        XDDFTextParagraph paragraph = title.getBody().getParagraph(0);
        paragraph.setTextAlignment(TextAlignment.CENTER);
        font(paragraph.addDefaultRunProperties(), points, bold);
        for (XDDFTextRun run : paragraph.getTextRuns()) {
            run.setFontSize(points);
            run.setBold(bold);
            run.setFontColor(XDDFColor.from(hex(TEXT_GREY)));
        }
    }

    private static void font(XDDFRunProperties run, double points, boolean bold) {
        run.setFontSize(points);
        run.setBold(bold);
        run.setFillProperties(fill(TEXT_GREY));
    }

    private static void border(XDDFShapeProperties shape) {
        shape.setFillProperties(fill("FFFFFF"));
        shape.setLineProperties(line("D9D9D9", 0.75));
    }

    private static XDDFSolidFillProperties fill(String rgb) {
        return new XDDFSolidFillProperties(XDDFColor.from(hex(rgb)));
    }

    private static XDDFLineProperties line(String rgb, double points) {
        XDDFLineProperties line = new XDDFLineProperties(fill(rgb));
        line.setWidth(points);
        return line;
    }

    private static byte[] hex(String rgb) {
        return new byte[]{(byte) Integer.parseInt(rgb.substring(0, 2), 16),
                (byte) Integer.parseInt(rgb.substring(2, 4), 16), (byte) Integer.parseInt(rgb.substring(4, 6), 16)};
    }

    /**
     * Printed (or exported to PDF) one page wide, portrait: the charts run down the sheet, so a tall page holds
     * several of them.
     */
    private static void printOnePageWide(SXSSFSheet sheet) {
        sheet.getPrintSetup().setLandscape(false);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }
}
