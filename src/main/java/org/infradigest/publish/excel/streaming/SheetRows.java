package org.infradigest.publish.excel.streaming;

import org.apache.poi.ss.usermodel.CellStyle;

import java.io.IOException;

/**
 * Rows written straight into a streamed sheet's XML, without POI's row and cell objects, for tables of a
 * million rows. The XML is what POI writes for the same cells set through its API. Rows come after the rows the
 * sheet already holds (those are flushed first), in ascending order, and cells in ascending column order.
 */
public interface SheetRows {

    /** Starts row {@code rownum} (0-based), {@code heightInPoints} tall, or of the default height for -1. */
    void startRow(int rownum, float heightInPoints) throws IOException;

    /** A string cell, as {@code Cell.setCellValue(String)} makes it. */
    void text(int column, String text, CellStyle style) throws IOException;

    /** A number cell, as {@code Cell.setCellValue(double)} makes it (an error cell for infinity or NaN). */
    void number(int column, double value, CellStyle style) throws IOException;

    /** A formula cell whose cached result is {@code cachedText}. */
    void textFormula(int column, String formula, String cachedText, CellStyle style) throws IOException;

    void endRow() throws IOException;
}
