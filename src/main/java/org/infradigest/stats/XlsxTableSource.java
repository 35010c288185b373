package org.infradigest.stats;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Streams the rows of the first sheet of an XLSX workbook with POI's event API (SAX), so a large sheet
 * is never held as a workbook object. Numbers come out as plain decimals (not as Excel displays them),
 * dates as ISO dates, percentages as percent numbers.
 */
final class XlsxTableSource {

    /**
     * Reads the first sheet.
     *
     * @throws Exception when the bytes are not a readable XLSX workbook; the caller turns it into one reject
     */
    void read(InputStream in, Consumer<TableRow> rows) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(in)) {
            read(pkg, rows);
        }
    }

    /** Reads the first sheet of a workbook on disk, unzipping parts as they are read. */
    void read(Path file, Consumer<TableRow> rows) throws Exception {
        OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        try {
            read(pkg, rows);
        } finally {
            // revert, not close: close() means "save" to POI and only warns for a read-only package
            pkg.revert();
        }
    }

    private void read(OPCPackage pkg, Consumer<TableRow> rows) throws Exception {
        XSSFReader reader = new XSSFReader(pkg);
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        if (!sheets.hasNext()) {
            return;
        }
        try (InputStream sheet = sheets.next()) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                    new ReadOnlySharedStringsTable(pkg), new RowCollector(sheets.getSheetName(), rows),
                    new PlainNumberFormatter(), false));
            parser.parse(new InputSource(sheet));
        }
    }

    /** Gathers one row's cells (filling skipped empty cells) and passes the row on. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final String sheetName;
        private final Consumer<TableRow> rows;
        private final List<String> cells = new ArrayList<>();

        RowCollector(String sheetName, Consumer<TableRow> rows) {
            this.sheetName = sheetName;
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            List<String> copy = List.copyOf(cells);
            rows.accept(new TableRow("sheet '" + sheetName + "', row " + (rowNum + 1), copy,
                    RowText.of(copy, ',')));
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }
    }

    /** Formats numeric cells for reading, not for display: no rounding, no grouping, dates as ISO. */
    private static final class PlainNumberFormatter extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
            }
            BigDecimal number = new BigDecimal(Double.toString(value));
            if (formatString != null && formatString.contains("%")) {
                number = number.movePointRight(2);
            }
            return number.stripTrailingZeros().toPlainString();
        }
    }
}
