package org.infradigest.publish.excel;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.infradigest.publish.FigureFormat;
import org.infradigest.publish.excel.streaming.HyperlinkFormula;
import org.infradigest.publish.excel.streaming.SheetRows;
import org.infradigest.publish.excel.streaming.StreamingWorkbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Writes one table, row by row: a bold, filled, frozen header, an autofilter over the data, typed cells, and
 * column widths estimated from the header and the first rows only, because the rows before them have already
 * been flushed to disk and autosizing would need them all. A table longer than a sheet goes on in the next
 * sheet, "Facts (2)" after "Facts", with the same header; the full sheet's last row says where it goes on.
 *
 * <p>Tables of one workbook may be filled on different threads, one thread per table: what changes the workbook
 * itself (its sheets, their order and its names) is done holding the workbook's lock, and the rows, cells and
 * column widths of a sheet are its own.
 */
final class SheetTable {

    /** Rows looked at to estimate column widths; matches the streaming window. */
    static final int SAMPLE_ROWS = 100;

    /** Excel's longest string literal in a formula; a longer URL stays plain text. */
    private static final int MAX_LINK_CHARS = 255;

    /** Height of one line of the default 11 pt font, and Excel's tallest row. */
    private static final float LINE_POINTS = 14.5f;
    private static final float MAX_ROW_POINTS = 409f;

    /** Excel's maximum characters in a cell. */
    private static final int MAX_CELL_TEXT = 32_767;

    private final SXSSFWorkbook workbook;
    private final String name;
    private final WorkbookStyles styles;
    private final List<Column> columns;
    private final int[] widths;
    /** The columns whose wrapped text decides a row's height. */
    private final int[] longTextColumns;
    private final int lastRow;
    private final boolean date1904;
    private SXSSFSheet sheet;
    /** The current sheet's rows, written straight into its XML once the widths are set; null for plain SXSSF. */
    private SheetRows direct;
    private int sheets = 1;
    private int nextRow = 1;
    private boolean widthsApplied;

    SheetTable(SXSSFWorkbook workbook, String name, WorkbookStyles styles, List<Column> columns) {
        this(workbook, name, styles, columns, SpreadsheetVersion.EXCEL2007.getLastRowIndex());
    }

    /** @param lastRow the last row index a sheet may use; it holds the note on where the table goes on */
    SheetTable(SXSSFWorkbook workbook, String name, WorkbookStyles styles, List<Column> columns, int lastRow) {
        this.workbook = workbook;
        this.name = name;
        this.lastRow = lastRow;
        this.styles = styles;
        this.columns = List.copyOf(columns);
        this.widths = new int[columns.size()];
        this.longTextColumns = IntStream.range(0, columns.size())
                .filter(i -> columns.get(i).kind() == ColumnKind.LONG_TEXT).toArray();
        for (int i = 0; i < columns.size(); i++) {
            // Room for the autofilter's drop-down button next to the header text.
            widths[i] = columns.get(i).header().length() + 3;
        }
        synchronized (workbook) {
            this.date1904 = workbook.getXSSFWorkbook().isDate1904();
            this.sheet = startSheet(name);
        }
    }

    /** The sheets the table has filled so far: 1, or more when it went on in further sheets. */
    int sheets() {
        return sheets;
    }

    /** Adds a row; values are String, BigDecimal, Integer, Long, {@link Percent}, LocalDate, LocalDateTime or null. */
    void add(Object... values) {
        if (nextRow >= lastRow) {
            continueInNextSheet();
        }
        if (direct != null && widthsApplied) {
            addDirect(values);
        } else {
            Row row = sheet.createRow(nextRow);
            Cells cells = new PoiCells(row);
            for (int i = 0; i < columns.size() && i < values.length; i++) {
                if (values[i] != null) {
                    write(cells, columns.get(i), values[i], i);
                }
            }
            if (widthsApplied) {
                fitHeight(row);
            }
        }
        nextRow++;
        if (nextRow == SAMPLE_ROWS + 1 && sheets == 1) {
            applyWidths();
        }
    }

    /**
     * A row past the ones that set the widths, written straight into the sheet's XML: a million rows of POI
     * row and cell objects cost more than writing them. The cells and height are the same.
     */
    private void addDirect(Object[] values) {
        try {
            direct.startRow(nextRow, height(lines(values)));
            Cells cells = new DirectCells(direct);
            for (int i = 0; i < columns.size() && i < values.length; i++) {
                if (values[i] != null) {
                    write(cells, columns.get(i), values[i], i);
                }
            }
            direct.endRow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets the autofilter and column widths once all rows are written. */
    void finish() {
        closeSheet();
    }

    /** Called holding the workbook's lock: it changes the workbook's sheets and names. */
    private SXSSFSheet startSheet(String sheetName) {
        SXSSFSheet started = workbook.createSheet(sheetName);
        Row header = started.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(columns.get(i).header());
            ColumnKind kind = columns.get(i).kind();
            cell.setCellStyle(kind == ColumnKind.NUMBER || kind == ColumnKind.DATE ? styles.numberHeader : styles.header);
            if (widthsApplied) {
                started.setColumnWidth(i, widths[i] * 256);
            }
        }
        started.createFreezePane(0, 1);
        printOnePageWide(started);
        // The autofilter's name is made now and only moved over the rows at the end: the workbook's names then
        // keep the order of the sheets, whichever table on whichever thread finishes first.
        started.setAutoFilter(new CellRangeAddress(0, 0, 0, columns.size() - 1));
        direct = workbook instanceof StreamingWorkbook streaming ? streaming.rows(started) : null;
        return started;
    }

    private void closeSheet() {
        synchronized (workbook) {
            // The autofilter is also a name of the workbook's.
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, nextRow - 1), 0, columns.size() - 1));
        }
        applyWidths();
    }

    private void continueInNextSheet() {
        String next = name + " (" + (sheets + 1) + ")";
        // The full sheet's last row says where the table goes on; the autofilter stops above it.
        closeSheet();
        Cell note = sheet.createRow(nextRow).createCell(0);
        note.setCellValue("\u2026 continued in sheet \u201c" + next + "\u201d.");
        note.setCellStyle(styles.text);
        synchronized (workbook) {
            int after = workbook.getSheetIndex(sheet);
            sheet = startSheet(next);
            // Next to the sheet it continues, whatever sheets were created in between.
            workbook.setSheetOrder(next, after + 1);
        }
        sheets++;
        nextRow = 1;
    }

    /** Printed (or exported to PDF) landscape, one page wide, with the header on every page. */
    private void printOnePageWide(SXSSFSheet printed) {
        printed.getPrintSetup().setLandscape(true);
        printed.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        printed.getPrintSetup().setFitWidth((short) 1);
        printed.getPrintSetup().setFitHeight((short) 0);
        printed.setFitToPage(true);
        printed.setRepeatingRows(new CellRangeAddress(0, 0, 0, columns.size() - 1));
    }

    private void write(Cells cells, Column column, Object value, int index) {
        switch (value) {
            case BigDecimal d -> number(cells, d, FigureFormat.isWhole(d) ? styles.integer : styles.decimal, index);
            case Percent p -> number(cells, p.value(), styles.percent, index);
            case Integer n -> number(cells, BigDecimal.valueOf(n), styles.integer, index);
            case Long n -> number(cells, BigDecimal.valueOf(n), styles.integer, index);
            case LocalDate d -> {
                // As Cell.setCellValue(LocalDate) stores it.
                cells.number(index, DateUtil.getExcelDate(d.atStartOfDay(), date1904), styles.date);
                measure(index, 10);
            }
            case LocalDateTime t -> {
                cells.number(index, DateUtil.getExcelDate(t, date1904), styles.dateTime);
                measure(index, 16);
            }
            default -> text(cells, column, value.toString(), index);
        }
    }

    /** Whether {@link #write} writes the value as text: anything but the numbers and dates it knows. */
    private static boolean isText(Object value) {
        return value != null && !(value instanceof BigDecimal || value instanceof Percent || value instanceof Integer
                || value instanceof Long || value instanceof LocalDate || value instanceof LocalDateTime);
    }

    private void number(Cells cells, BigDecimal value, CellStyle style, int index) {
        cells.number(index, value.doubleValue(), style);
        if (sampling()) {
            measure(index, FigureFormat.grouped(value).length() + 1);
        }
    }

    private void text(Cells cells, Column column, String text, int index) {
        String shown = shown(text);
        boolean quoted = FormulaTrigger.startsFormula(shown);
        if (column.kind() == ColumnKind.LINK && !quoted && linkable(shown)) {
            // A HYPERLINK formula streams like any cell; a cell hyperlink object stays in memory until the workbook
            // is written (about a kilobyte each), which a million-row sheet cannot afford. The URL is a checked
            // URI, so it holds no quote; the cached result shows it before the formula is first calculated.
            cells.link(index, shown, styles.link);
        } else {
            // Always a string cell: SXSSF stores it as an inline string, which is never evaluated.
            cells.text(index, shown, styles.text(column.kind() == ColumnKind.LONG_TEXT, quoted));
        }
        if (sampling()) {
            measure(index, longestLine(shown));
        }
    }

    /** The text as the cell shows it: cut to Excel's longest cell text. */
    private static String shown(String text) {
        return text.length() > MAX_CELL_TEXT ? text.substring(0, MAX_CELL_TEXT - 1) + "\u2026" : text;
    }

    /** Widths come from the first rows only; measuring later ones would only cost time. */
    private boolean sampling() {
        return sheets == 1 && nextRow <= SAMPLE_ROWS;
    }

    private static boolean linkable(String text) {
        return text.length() <= MAX_LINK_CHARS && HttpLink.valid(text);
    }

    private void measure(int index, int length) {
        if (sampling()) {
            widths[index] = Math.max(widths[index], length);
        }
    }

    private void applyWidths() {
        if (widthsApplied) {
            return;
        }
        for (int i = 0; i < columns.size(); i++) {
            ColumnKind kind = columns.get(i).kind();
            int chars = Math.clamp(widths[i] + 1, kind.minWidth, kind.maxWidth);
            widths[i] = chars;
            sheet.setColumnWidth(i, chars * 256);
        }
        widthsApplied = true;
        // The sampled rows are still in the streaming window, so they can get their heights now.
        for (int r = 1; r < nextRow; r++) {
            Row row = sheet.getRow(r);
            if (row != null) {
                fitHeight(row);
            }
        }
    }

    /**
     * Makes a row tall enough for its wrapped text. Spreadsheet applications do not grow rows on opening a file,
     * so without this a long sentence would be cut to its first line.
     */
    private void fitHeight(Row row) {
        int lines = 1;
        for (int i : longTextColumns) {
            Cell cell = row.getCell(i);
            if (cell != null && cell.getCellType() == CellType.STRING) {
                lines = Math.max(lines, WrappedLines.count(cell.getStringCellValue(), charsPerLine(i)));
            }
        }
        if (lines > 1) {
            row.setHeightInPoints(height(lines));
        }
    }

    /** What {@link #fitHeight} finds in the cells {@link #write} makes of these values, from the values. */
    private int lines(Object[] values) {
        int lines = 1;
        for (int i : longTextColumns) {
            if (i < values.length && isText(values[i])) {
                lines = Math.max(lines, WrappedLines.count(shown(values[i].toString()), charsPerLine(i)));
            }
        }
        return lines;
    }

    /** A width unit is one digit wide; an average letter of the default font is about a quarter narrower. */
    private int charsPerLine(int column) {
        return Math.round(widths[column] * 1.3f) - 2;
    }

    /** The height of so many lines, or -1 (the default height) for one. */
    private static float height(int lines) {
        return lines > 1 ? Math.min(MAX_ROW_POINTS, lines * LINE_POINTS + 2) : -1;
    }

    private static int longestLine(String text) {
        int longest = 0;
        for (String line : text.split("\n", -1)) {
            longest = Math.max(longest, line.length());
        }
        return longest;
    }

    /** Where a row's cells go: POI's cell objects, or straight into the sheet's XML. */
    private interface Cells {

        void text(int column, String text, CellStyle style);

        void number(int column, double value, CellStyle style);

        /** A {@code HYPERLINK} formula cell to the URL, showing it. */
        void link(int column, String url, CellStyle style);
    }

    private record PoiCells(Row row) implements Cells {

        @Override
        public void text(int column, String text, CellStyle style) {
            Cell cell = row.createCell(column);
            cell.setCellValue(text);
            cell.setCellStyle(style);
        }

        @Override
        public void number(int column, double value, CellStyle style) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }

        @Override
        public void link(int column, String url, CellStyle style) {
            Cell cell = row.createCell(column);
            cell.setCellValue(url);
            cell.setCellFormula(HyperlinkFormula.of(url));
            cell.setCellValue(url);
            cell.setCellStyle(style);
        }
    }

    private record DirectCells(SheetRows rows) implements Cells {

        @Override
        public void text(int column, String text, CellStyle style) {
            try {
                rows.text(column, text, style);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void number(int column, double value, CellStyle style) {
            try {
                rows.number(column, value, style);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void link(int column, String url, CellStyle style) {
            try {
                rows.link(column, url, style);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
