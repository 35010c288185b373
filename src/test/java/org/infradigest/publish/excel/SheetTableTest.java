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
    void endsAFullSheetWithANoteOnHowManyRowsDidNotFit() throws IOException {
        // given a sheet that can hold rows 0 to 5, as Excel's can hold rows up to 1,048,575
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(10)) {
            SheetTable table = new SheetTable(workbook, "Facts", new WorkbookStyles(workbook),
                    List.of(Column.text("Metric"), Column.number("Value")), 5);

            // when ten rows are added
            for (int i = 0; i < 10; i++) {
                table.add("towers", i);
            }
            table.finish();
            workbook.write(out);
        }

        // then four rows fit and the last row says what is missing
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = read.getSheet("Facts");
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
            assertThat(sheet.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(3d);
            assertThat(sheet.getRow(5).getCell(0).getStringCellValue())
                    .isEqualTo("\u2026 and 6 more rows than an Excel sheet can hold.");
        }
    }
}
