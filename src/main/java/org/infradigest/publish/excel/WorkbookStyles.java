package org.infradigest.publish.excel;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * The workbook's few cell styles, created once: a workbook may hold at most 64,000 styles, so cells share
 * these instead of getting their own.
 */
final class WorkbookStyles {

    final CellStyle header;
    final CellStyle numberHeader;
    final CellStyle text;
    final CellStyle wrapped;
    final CellStyle quotedText;
    final CellStyle quotedWrapped;
    final CellStyle link;
    final CellStyle integer;
    final CellStyle decimal;
    final CellStyle percent;
    final CellStyle date;
    final CellStyle dateTime;

    WorkbookStyles(Workbook workbook) {
        header = workbook.createCellStyle();
        Font bold = likeDefault(workbook);
        bold.setBold(true);
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setAlignment(HorizontalAlignment.LEFT);
        header.setIndention((short) 1);
        // Headers of number columns sit over the right-aligned numbers they describe.
        numberHeader = workbook.createCellStyle();
        numberHeader.cloneStyleFrom(header);
        numberHeader.setAlignment(HorizontalAlignment.RIGHT);
        numberHeader.setIndention((short) 0);

        text = indented(workbook);
        wrapped = indented(workbook);
        wrapped.setWrapText(true);
        // Quote-prefixed: the cell stays text even after a user edits it, so "=..." can never become a formula.
        quotedText = indented(workbook);
        quotedText.setQuotePrefixed(true);
        quotedWrapped = indented(workbook);
        quotedWrapped.setWrapText(true);
        quotedWrapped.setQuotePrefixed(true);

        link = indented(workbook);
        Font linkFont = likeDefault(workbook);
        linkFont.setUnderline(Font.U_SINGLE);
        linkFont.setColor(IndexedColors.BLUE.getIndex());
        link.setFont(linkFont);

        integer = numeric(workbook, "#,##0");
        decimal = numeric(workbook, "#,##0.0##");
        // Values are already percent points: a literal % sign, never Excel's multiply-by-100 "0.0%".
        percent = numeric(workbook, "0.0\"%\"");
        date = numeric(workbook, "yyyy-mm-dd");
        dateTime = numeric(workbook, "yyyy-mm-dd hh:mm");
    }

    CellStyle text(boolean wrap, boolean quoted) {
        if (quoted) {
            return wrap ? quotedWrapped : quotedText;
        }
        return wrap ? wrapped : text;
    }

    /** A new font with the default's name and size, so bold and link text match the rest. */
    private static Font likeDefault(Workbook workbook) {
        Font base = workbook.getFontAt(0);
        Font font = workbook.createFont();
        font.setFontName(base.getFontName());
        font.setFontHeight(base.getFontHeight());
        if (base instanceof XSSFFont xssfBase && font instanceof XSSFFont xssf) {
            // Same family and theme scheme as the default, or applications may substitute a different face.
            xssf.setFamily(xssfBase.getFamily());
            xssf.setScheme(xssfBase.getScheme());
        }
        return font;
    }

    private static CellStyle top(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    /** Text one step in from the left, so it does not run into a right-aligned number beside it. */
    private static CellStyle indented(Workbook workbook) {
        CellStyle style = top(workbook);
        // Excel ignores an indent under the default "general" alignment.
        style.setAlignment(HorizontalAlignment.LEFT);
        style.setIndention((short) 1);
        return style;
    }

    private static CellStyle numeric(Workbook workbook, String format) {
        CellStyle style = top(workbook);
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }
}
