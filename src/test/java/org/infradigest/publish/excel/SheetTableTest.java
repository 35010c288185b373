package org.infradigest.publish.excel;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.infradigest.publish.excel.streaming.StreamingWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SheetTableTest {

    @Test
    void goesOnInTheNextSheetWhenASheetIsFull() throws IOException {
        // given a sheet that can hold rows 0 to 5, as Excel's can hold rows up to 1,048,575
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(10)) {
            SheetTable table = new SheetTable(workbook, "Facts", new WorkbookStyles(workbook),
                    List.of(Column.text("Metric"), Column.number("Value")), 5);
            workbook.createSheet("Figures");

            // when ten rows are added
            for (int i = 0; i < 10; i++) {
                table.add("towers", i);
            }
            table.finish();
            assertThat(table.sheets()).isEqualTo(3);
            workbook.write(out);
        }

        // then each full sheet holds four rows and says where the table goes on; no row is lost or repeated
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet first = read.getSheet("Facts");
            assertThat(first.getLastRowNum()).isEqualTo(5);
            assertThat(first.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(3d);
            assertThat(first.getRow(5).getCell(0).getStringCellValue())
                    .isEqualTo("\u2026 continued in sheet \u201cFacts (2)\u201d.");
            Sheet second = read.getSheet("Facts (2)");
            assertThat(second.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Metric");
            assertThat(second.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(4d);
            assertThat(second.getRow(5).getCell(0).getStringCellValue()).contains("Facts (3)");
            Sheet third = read.getSheet("Facts (3)");
            assertThat(third.getLastRowNum()).isEqualTo(2);
            assertThat(third.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(9d);
            assertThat(third.getColumnWidth(0)).isEqualTo(first.getColumnWidth(0));
            assertThat(read.getSheetName(3)).isEqualTo("Figures");
        }
    }

    @Test
    void writesTheSameWorkbookWhetherRowsAreStreamedOrMadeAsPoiRows() throws IOException {
        // when the same tables are written by POI's streaming workbook and by the one that streams rows directly
        byte[] plain = tables(new SXSSFWorkbook(ExcelDigestWriter.WINDOW));
        byte[] streamed = tables(new StreamingWorkbook(ExcelDigestWriter.WINDOW));

        // then every part is the same, rows past the first hundred and the continued sheet included
        Path directory = Files.createTempDirectory("sheet-table");
        try {
            Path plainFile = Files.write(directory.resolve("plain.xlsx"), plain);
            Path streamedFile = Files.write(directory.resolve("streamed.xlsx"), streamed);
            assertThat(XlsxParts.of(streamedFile)).isEqualTo(XlsxParts.of(plainFile));
        } finally {
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(directory);
        }
    }

    /** Every kind of value and column, tall rows, blank cells, and a table that goes on in a second sheet. */
    private static byte[] tables(SXSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (workbook) {
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(Optional.of(new Date(0)));
            WorkbookStyles styles = new WorkbookStyles(workbook);
            List<Column> columns = List.of(Column.text("Text"), Column.number("Number"), Column.date("Date"),
                    Column.link("Link"), Column.longText("Sentence"), Column.text("Other"));
            SheetTable table = new SheetTable(workbook, "Facts", styles, columns, 400);
            for (int i = 0; i < 1_000; i++) {
                Object number = switch (i % 6) {
                    case 0 -> new BigDecimal("1234.5");
                    case 1 -> new Percent(new BigDecimal(i).divide(BigDecimal.TEN));
                    case 2 -> i;
                    case 3 -> (long) i * 1_000_000_007L;
                    case 4 -> new BigDecimal("1e400"); // beyond a double: POI stores #DIV/0!
                    default -> null;
                };
                Object date = i % 3 == 0 ? LocalDate.of(2020, 1, 1).plusDays(i)
                        : i % 3 == 1 ? LocalDateTime.of(2021, 2, 3, 4, 5).plusMinutes(i) : null;
                String link = switch (i % 4) {
                    case 0 -> "https://example.org/article/" + i;
                    case 1 -> "http://example.org/a b";
                    case 2 -> "=HYPERLINK(\"http://evil\")";
                    default -> "file-" + i + ".txt";
                };
                String sentence = i % 5 == 0 ? null : "word ".repeat(i % 97) + "\n".repeat(i % 3) + " end " + i;
                Object other = i % 7 == 0 ? Boolean.TRUE : i % 7 == 1 ? " spaced " : "x".repeat(i == 0 || i == 500 ? 40_000 : 3);
                table.add("row " + i, number, date, link, sentence, other);
            }
            table.finish();
            SheetTable small = new SheetTable(workbook, "Small", styles, columns);
            small.add("only", 1, LocalDate.of(2020, 1, 1), "https://example.org", "short", null);
            small.finish();
            workbook.write(out);
            workbook.dispose();
        }
        return out.toByteArray();
    }
}
