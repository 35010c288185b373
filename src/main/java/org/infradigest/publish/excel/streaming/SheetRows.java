package org.infradigest.publish.excel.streaming;

import org.apache.poi.ss.usermodel.CellStyle;

import java.io.IOException;

/**
 * Rows written straight into a streamed sheet's XML, without POI's row and cell objects, for tables of a
 * million rows. The XML is what POI writes for the same cells set through its API, but that a cell in the column
 * after the one before it has no reference ({@code r="B7"}), which the format then takes to be that column. Rows
 * come after the rows the sheet already holds (those are flushed first), in ascending order, and cells in
 * ascending column order.
 */
public interface SheetRows {

    /** Starts row {@code rownum} (0-based), {@code heightInPoints} tall, or of the default height for -1. */
    void startRow(int rownum, float heightInPoints) throws IOException;

    /** A string cell, as {@code Cell.setCellValue(String)} makes it. */
    void text(int column, String text, CellStyle style) throws IOException;

    /** A number cell, as {@code Cell.setCellValue(double)} makes it (an error cell for infinity or NaN). */
    void number(int column, double value, CellStyle style) throws IOException;

    /**
     * A {@code HYPERLINK} formula cell to the URL, which is also its cached result, as POI makes it with
     * {@code setCellFormula(HyperlinkFormula.of(url))} and {@code setCellValue(url)}.
     */
    void link(int column, String url, CellStyle style) throws IOException;

    void endRow() throws IOException;
}
