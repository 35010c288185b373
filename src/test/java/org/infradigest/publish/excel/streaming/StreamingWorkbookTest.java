package org.infradigest.publish.excel.streaming;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.infradigest.publish.excel.XlsxParts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.Optional;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast workbook writes the very same parts as POI's streaming workbook, for every kind of cell and row, but
 * that cells have no reference where they follow the cell before them in their row.
 */
class StreamingWorkbookTest {

    private static final String[] TEXTS = {"", "plain", " leading", "trailing ", "\ttab first", "<b>&amp;</b> \"q\" 'a'",
            "line\nbreak\r\nand\ttab", "\u0001\u001f control \u007f del", "\u00a0no-break\u00a0", "caf\u00e9 \u00fc\u00df",
            "\u4e2d\u6587 \u20ac \uffe5", "\ud83d\ude00 emoji \ud83c\udf0d", "lone \ud800 high", "lone \udc00 low",
            "ends high \ud83d", "\ufffe\uffff nonchars \ufffd", "=HYPERLINK(\"http://x\")", "x".repeat(32_767),
            "y".repeat(4_096), "z".repeat(4_095) + "&", "del \u007f only"};

    @TempDir
    Path directory;

    @Test
    void writesTheSamePartsAsPoisStreamingWorkbook() throws IOException {
        // when
        Path plain = write(() -> new SXSSFWorkbook(10), "plain.xlsx");
        Path fast = write(() -> new StreamingWorkbook(10), "fast.xlsx");

        // then
        assertThat(XlsxParts.of(fast)).isEqualTo(XlsxParts.withCompactCellReferences(plain));
        try (InputStream in = Files.newInputStream(fast); XSSFWorkbook read = new XSSFWorkbook(in)) {
            assertThat(read.getSheet("Cells").getRow(2).getCell(6).getCellFormula()).startsWith("HYPERLINK(");
            assertThat(read.getSheet("Cells").getRow(2).getCell(300).getStringCellValue()).isEqualTo("far right");
            assertThat(read.getSheet("Cells").getRow(2).getCell(5)).isNull();
            assertThat(read.getSheet("Cells").getRow(3).getCell(11).getStringCellValue()).isEqualTo(TEXTS[11]);
            assertThat(read.getSheet("Many").getLastRowNum()).isEqualTo(29_999);
            assertThat(read.getSheet("Many").getRow(29_999).getCell(2).getStringCellValue())
                    .isEqualTo("row 29999 of many, with text that repeats");
        }
    }

    @Test
    void writesLinkRowsAsPoiWritesTheirFormulaCells() throws IOException {
        // given URLs with the characters that are escaped in XML or doubled in the formula
        String[] urls = {"https://example.org/a", "https://example.org/q?a=1&b=<2>", "https://example.org/\"x\"",
                "https://example.org/caf\u00e9/\u4e2d", " https://example.org/spaced ", ""};

        // when the same cells are written as POI formula cells and as link rows straight into the XML
        Path cells = directory.resolve("cells.xlsx");
        Path rows = directory.resolve("rows.xlsx");
        for (boolean direct : new boolean[] {false, true}) {
            try (StreamingWorkbook workbook = new StreamingWorkbook(10);
                 OutputStream out = Files.newOutputStream(direct ? rows : cells)) {
                workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(Optional.of(new Date(0)));
                CellStyle style = workbook.createCellStyle();
                SXSSFSheet sheet = workbook.createSheet("Links");
                SheetRows sheetRows = workbook.rows(sheet);
                for (int r = 0; r < urls.length; r++) {
                    if (direct) {
                        sheetRows.startRow(r, -1);
                        sheetRows.link(1, urls[r], style);
                        sheetRows.endRow();
                    } else {
                        Cell cell = sheet.createRow(r).createCell(1);
                        formula(cell, HyperlinkFormula.of(urls[r]), urls[r]);
                        cell.setCellStyle(style);
                    }
                }
                workbook.write(out);
                assertThat(workbook.dispose()).isTrue();
            }
        }

        // then
        assertThat(XlsxParts.of(rows)).isEqualTo(XlsxParts.withCompactCellReferences(cells));
        try (InputStream in = Files.newInputStream(rows); XSSFWorkbook read = new XSSFWorkbook(in)) {
            assertThat(read.getSheet("Links").getRow(2).getCell(1).getCellFormula())
                    .isEqualTo("HYPERLINK(\"https://example.org/\"\"x\"\"\")");
        }
    }

    @Test
    void givesPoiTheSheetDataInflated() throws IOException {
        // given
        try (SXSSFWorkbook plain = new SXSSFWorkbook(10); SXSSFWorkbook fast = new StreamingWorkbook(10)) {
            fill(plain);
            fill(fast);

            for (int i = 0; i < plain.getNumberOfSheets(); i++) {
                // when
                try (InputStream expected = plain.getSheetAt(i).getWorksheetXMLInputStream();
                     InputStream actual = fast.getSheetAt(i).getWorksheetXMLInputStream()) {
                    // then
                    String poi = new String(expected.readAllBytes(), StandardCharsets.UTF_8);
                    assertThat(new String(actual.readAllBytes(), StandardCharsets.UTF_8))
                            .isEqualTo(XlsxParts.compactCellReferences(poi));
                }
            }
            plain.dispose();
            fast.dispose();
        }
    }

    private Path write(Supplier<SXSSFWorkbook> workbooks, String name) throws IOException {
        Path file = directory.resolve(name);
        try (SXSSFWorkbook workbook = workbooks.get(); OutputStream out = Files.newOutputStream(file)) {
            fill(workbook);
            workbook.write(out);
            assertThat(workbook.dispose()).isTrue();
        }
        return file;
    }

    /** Every cell type, odd text, row attributes, an empty sheet, and a sheet of several compressed blocks. */
    private static void fill(SXSSFWorkbook workbook) {
        // Not the time of writing, which would differ between the two workbooks.
        workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(Optional.of(new Date(0)));
        CellStyle bold = workbook.createCellStyle();
        bold.setFont(workbook.createFont());
        workbook.getFontAt(bold.getFontIndex()).setBold(true);
        CellStyle wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);

        SXSSFSheet cells = workbook.createSheet("Cells");
        cells.setColumnWidth(1, 30 * 256);
        cells.createFreezePane(0, 1);
        Row header = cells.createRow(0);
        header.createCell(0).setCellValue("Header");
        header.getCell(0).setCellStyle(bold);
        Row numbers = cells.createRow(1);
        double[] values = {0, -0.0, 1, 1000.5, 1e21, 1.234e-7, Double.MAX_VALUE, Double.MIN_VALUE, 123456789012.0};
        for (int i = 0; i < values.length; i++) {
            numbers.createCell(i).setCellValue(values[i]);
        }
        Row others = cells.createRow(2);
        others.createCell(0).setCellValue(true);
        others.createCell(1).setCellValue(false);
        others.createCell(2).setCellErrorValue(FormulaError.DIV0.getCode());
        others.createCell(3).setBlank();
        others.createCell(4).setCellStyle(wrapped);
        formula(others.createCell(6), "HYPERLINK(\"https://example.org/a?b=1&c=\"\"2\"\"\")", "https://example.org");
        others.createCell(7).setCellFormula("1+1");
        others.getCell(7).setCellValue(2);
        others.createCell(8).setCellFormula("1/0");
        others.createCell(9).setCellFormula("TRUE()");
        others.getCell(9).setCellValue(true);
        others.createCell(10).setCellFormula("NA()");
        others.getCell(10).setCellErrorValue(FormulaError.NA.getCode());
        others.createCell(300).setCellValue("far right");
        Row texts = cells.createRow(3);
        for (int i = 0; i < TEXTS.length; i++) {
            texts.createCell(i).setCellValue(TEXTS[i]);
        }
        Row tall = cells.createRow(5);
        tall.setHeightInPoints(31);
        tall.createCell(0).setCellValue("tall");
        Row hidden = cells.createRow(6);
        hidden.setZeroHeight(true);
        hidden.setRowStyle(bold);
        Row grouped = cells.createRow(7);
        grouped.createCell(0).setCellValue("grouped");
        cells.groupRow(7, 8);
        cells.createRow(8).createCell(0).setCellValue("grouped too");
        cells.setAutoFilter(new CellRangeAddress(0, 8, 0, 20));

        workbook.createSheet("Empty");

        Sheet many = workbook.createSheet("Many");
        for (int r = 0; r < 30_000; r++) {
            Row row = many.createRow(r);
            row.createCell(0).setCellValue(r);
            row.createCell(1).setCellValue(r * 1.5);
            row.createCell(2).setCellValue("row " + r + " of many, with text that repeats");
            row.getCell(2).setCellStyle(wrapped);
        }
    }

    private static void formula(Cell cell, String formula, String cached) {
        cell.setCellFormula(formula);
        cell.setCellValue(cached);
    }
}
