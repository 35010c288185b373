package org.infradigest.publish.excel;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

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
}
