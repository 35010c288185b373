package org.infradigest.publish.excel;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
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
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
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

        // then every part is the same, rows past the first hundred and the continued sheet included, but that the
        // streamed rows' cells have no reference where they follow the cell before them
        Path directory = Files.createTempDirectory("sheet-table");
        try {
            Path plainFile = Files.write(directory.resolve("plain.xlsx"), plain);
            Path streamedFile = Files.write(directory.resolve("streamed.xlsx"), streamed);
            assertThat(XlsxParts.of(streamedFile)).isEqualTo(XlsxParts.withCompactCellReferences(plainFile));
            assertThat(XlsxParts.of(streamedFile)).isNotEqualTo(XlsxParts.of(plainFile));
            // and POI reads the same cells, in the same columns, from both
            try (XSSFWorkbook expected = new XSSFWorkbook(new ByteArrayInputStream(plain));
                 XSSFWorkbook actual = new XSSFWorkbook(new ByteArrayInputStream(streamed))) {
                assertThat(content(actual)).isEqualTo(content(expected));
            }
        } finally {
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(directory);
        }
    }

    @Test
    void fillsTablesOnTwoThreadsAtOnceAsItWouldOneAfterTheOther() throws Exception {
        // when the same tables are written one after the other, and with the first one filled on a thread of its
        // own (going on in six more sheets) while this thread makes and fills the others
        byte[] oneAfterTheOther = twoThreads(false);
        byte[] atOnce = twoThreads(true);

        // then the sheets come in the same order, with the same cells, widths, heights, filters and names
        try (XSSFWorkbook expected = new XSSFWorkbook(new ByteArrayInputStream(oneAfterTheOther));
             XSSFWorkbook actual = new XSSFWorkbook(new ByteArrayInputStream(atOnce))) {
            List<String> names = IntStream.range(0, actual.getNumberOfSheets()).mapToObj(actual::getSheetName).toList();
            assertThat(names).containsExactly("Facts", "Facts (2)", "Facts (3)", "Facts (4)", "Facts (5)",
                    "Facts (6)", "Facts (7)", "Figures", "Figures (2)", "Small", "Other");
            assertThat(content(actual)).isEqualTo(content(expected));
            Sheet lastFacts = actual.getSheet("Facts (7)");
            assertThat(lastFacts.getRow(lastFacts.getLastRowNum()).getCell(1).getNumericCellValue()).isEqualTo(2_399d);
        }
    }

    /**
     * Facts (2,400 rows, 400 a sheet) and three more tables, Figures going on in a second sheet after Small was
     * made. With {@code atOnce}, Facts is filled on another thread while the rest are made and filled here.
     */
    private static byte[] twoThreads(boolean atOnce) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (StreamingWorkbook workbook = new StreamingWorkbook(ExcelDigestWriter.WINDOW)) {
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(Optional.of(new Date(0)));
            WorkbookStyles styles = new WorkbookStyles(workbook);
            List<Column> columns = List.of(Column.text("Text"), Column.number("Number"), Column.link("Link"),
                    Column.longText("Sentence"));
            SheetTable facts = new SheetTable(workbook, "Facts", styles, columns, 400);
            Runnable fillFacts = () -> {
                for (int i = 0; i < 2_400; i++) {
                    facts.add("fact " + i, i, "https://example.org/" + i, "word ".repeat(i % 60) + i);
                }
            };
            Thread other = null;
            if (atOnce) {
                other = Thread.ofPlatform().name("facts").start(fillFacts);
            } else {
                fillFacts.run();
            }
            SheetTable figures = new SheetTable(workbook, "Figures", styles, columns, 400);
            for (int i = 0; i < 300; i++) {
                figures.add("figure " + i, i * 2, null, "short " + i);
            }
            SheetTable small = new SheetTable(workbook, "Small", styles, columns);
            small.add("only", 1, "https://example.org", "short");
            small.finish();
            for (int i = 300; i < 500; i++) {
                figures.add("figure " + i, i * 2, null, "short " + i);
            }
            figures.finish();
            SheetTable last = new SheetTable(workbook, "Other", styles, columns);
            last.add("last", 2, null, null);
            last.finish();
            if (other != null) {
                other.join();
            }
            facts.finish();
            workbook.write(out);
            workbook.dispose();
        }
        return out.toByteArray();
    }

    /** Each sheet in order: its name, filter, column widths, and every row's height and cells; then the names. */
    private static List<String> content(XSSFWorkbook workbook) {
        List<String> lines = new ArrayList<>();
        for (Sheet sheet : workbook) {
            XSSFSheet xssf = (XSSFSheet) sheet;
            lines.add(sheet.getSheetName() + " filter " + xssf.getCTWorksheet().getAutoFilter().getRef()
                    + " widths " + IntStream.range(0, 4).mapToObj(sheet::getColumnWidth).toList()
                    + " pane " + sheet.getPaneInformation().getHorizontalSplitPosition());
            for (Row row : sheet) {
                StringBuilder line = new StringBuilder(row.getRowNum() + " " + row.getHeight() + ":");
                for (Cell cell : row) {
                    line.append(" [").append(cell.getColumnIndex()).append(' ').append(cell.getCellType())
                            .append(' ').append(cell.getCellType() == CellType.FORMULA ? cell.getCellFormula()
                                    : cell.toString())
                            .append(" style ").append(cell.getCellStyle().getIndex()).append(']');
                }
                lines.add(line.toString());
            }
        }
        workbook.getAllNames().stream()
                .map(n -> n.getNameName() + " " + n.getSheetIndex() + " " + n.getRefersToFormula())
                .sorted().forEach(lines::add);
        return lines;
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
                    case 0 -> "https://example.org/article/" + i + "?from=a&to=b";
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
