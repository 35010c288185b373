package org.infradigest.publish.excel.streaming;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SheetDataWriter;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.Writer;
import java.util.Arrays;
import java.util.Iterator;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * POI's sheet data writer made fast: the same XML (but for one difference, below), encoded straight to UTF-8 by
 * {@link Utf8XmlWriter} and compressed on the other cores by {@link ParallelDeflateOutputStream} while the rows
 * are still being made, so that the temporary file already holds what goes into the xlsx file and
 * {@link StreamingWorkbook#write} copies it instead of compressing a gigabyte of XML at the end.
 *
 * <p>Rows may also be written to it directly ({@link SheetRows}), without POI's row and cell objects.
 *
 * <p>One difference from POI's XML: a cell carries its reference ({@code r="B7"}) only after a gap in its row. A
 * cell without one is in the column after the cell before it, as the format defines it. The references'
 * ever-changing row numbers were most of what kept deflate from matching a row against the one before: on the
 * target preset's Facts sheet, the XML with them took half as long again to compress, to nearly twice the size.
 *
 * <p>Only for inline strings (a workbook without a shared strings table), which is how SXSSF writes by default.
 */
final class FastSheetDataWriter extends SheetDataWriter implements SheetRows {

    /**
     * Deflate level of the rows. On 1,000,000 synthetic facts (1.6 GB of XML): level 1 takes 9.2 s of CPU for a
     * 136 MB file, level 3 9.8 s for 112 MB, the default (6) 14.6 s for 100 MB, level 9 51 s for 92 MB.
     */
    static final int LEVEL = 3;

    /** What ends a raw deflate stream: an empty final block, for reading the temporary file back on its own. */
    private static final byte[] FINAL_BLOCK = {3, 0};

    private static final byte[] ROW_START = Utf8XmlWriter.bytes("<row r=\"");
    private static final byte[] ROW_END = Utf8XmlWriter.bytes("</row>\n");
    private static final byte[] TAG_END_LINE = Utf8XmlWriter.bytes(">\n");
    private static final byte[] CELL_START = Utf8XmlWriter.bytes("<c r=\"");
    private static final byte[] NEXT_CELL_START = Utf8XmlWriter.bytes("<c");
    private static final byte[] CELL_END = Utf8XmlWriter.bytes("</c>");
    private static final byte[] QUOTE = Utf8XmlWriter.bytes("\"");
    private static final byte[] INLINE_STRING = Utf8XmlWriter.bytes(" t=\"inlineStr\"><is><t");
    private static final byte[] PRESERVE = Utf8XmlWriter.bytes(" xml:space=\"preserve\"");
    private static final byte[] INLINE_STRING_END = Utf8XmlWriter.bytes("</t></is>");
    private static final byte[] NUMBER = Utf8XmlWriter.bytes(" t=\"n\"><v>");
    private static final byte[] VALUE_END = Utf8XmlWriter.bytes("</v>");

    /** Column letters by index, for the cell references ("A", "B", ... "AA"), made once. */
    private static final byte[][] COLUMNS = new byte[256][];

    static {
        for (int i = 0; i < COLUMNS.length; i++) {
            COLUMNS[i] = Utf8XmlWriter.bytes(CellReference.convertNumToColString(i));
        }
    }

    private final Utf8XmlWriter xml;
    private ParallelDeflateOutputStream deflated;
    private byte[] rowNumber = new byte[0];
    private int numberOfFlushedRows;
    private int lowestIndexOfFlushedRows;
    private int numberOfCellsOfLastFlushedRow;
    private int lastFlushedRow = -1;
    /** The column of the last cell written in the row being written, -1 before its first. */
    private int lastColumn = -1;
    /** Columns of the cells written, starting where SXSSFSheet starts them, for the sheet's dimension. */
    private int leftMostColumn = SpreadsheetVersion.EXCEL2007.getLastColumnIndex();
    private int rightMostColumn;
    private boolean directRows;
    /** The last row height written directly, and its attributes: rows of a table share a few heights. */
    private short heightTwips = -1;
    private byte[] heightAttributes;
    /** {@code s="N"} (with a space before it) by style index, made as the styles are met. */
    private byte[][] styleAttributes = new byte[64][];

    FastSheetDataWriter() throws IOException {
        super();
        xml = (Utf8XmlWriter) _out;
    }

    /** Called by POI's constructor, before this class's fields are set: it may only use its argument. */
    @Override
    @SuppressWarnings("deprecation")
    public Writer createWriter(File file) throws IOException {
        return new Utf8XmlWriter(new ParallelDeflateOutputStream(new FileOutputStream(file), LEVEL));
    }

    /** The compressed rows; complete once this writer is closed. */
    CompressedRows rows() {
        ParallelDeflateOutputStream data = deflated();
        return new CompressedRows(getTempFile(), data.crc(), data.size(), data.compressedSize());
    }

    private ParallelDeflateOutputStream deflated() {
        if (deflated == null) {
            deflated = (ParallelDeflateOutputStream) xml.target();
        }
        return deflated;
    }

    /** POI's test for text that needs xml:space="preserve" (its own method is not visible here). */
    private static boolean hasLeadingTrailingSpaces(String text) {
        return text != null && !text.isEmpty()
                && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1)));
    }

    /** The temporary file inflated, for POI's own way of writing the workbook. */
    @Override
    protected InputStream decorateInputStream(FileInputStream compressed) {
        Inflater inflater = new Inflater(true);
        InputStream complete = new SequenceInputStream(compressed, new ByteArrayInputStream(FINAL_BLOCK));
        return new InflaterInputStream(complete, inflater) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    inflater.end();
                }
            }
        };
    }

    @Override
    public int getNumberOfFlushedRows() {
        return numberOfFlushedRows;
    }

    @Override
    public int getNumberOfCellsOfLastFlushedRow() {
        return numberOfCellsOfLastFlushedRow;
    }

    @Override
    public int getLowestIndexOfFlushedRows() {
        return lowestIndexOfFlushedRows;
    }

    @Override
    public int getLastFlushedRow() {
        return lastFlushedRow;
    }

    @Override
    public void writeRow(int rownum, SXSSFRow row) throws IOException {
        counted(rownum);
        numberOfCellsOfLastFlushedRow = row.getLastCellNum();
        beginRow(rownum, row);
        lastColumn = -1;
        Iterator<Cell> cells = row.allCellsIterator();
        int columnIndex = 0;
        while (cells.hasNext()) {
            writeCell(columnIndex++, cells.next());
        }
        xml.raw(ROW_END);
    }

    private void counted(int rownum) {
        if (numberOfFlushedRows == 0) {
            lowestIndexOfFlushedRows = rownum;
        }
        lastFlushedRow = Math.max(rownum, lastFlushedRow);
        numberOfFlushedRows++;
    }

    private void rowStart(int rownum) throws IOException {
        rowNumber = Utf8XmlWriter.bytes(Integer.toString(rownum + 1));
        xml.raw(ROW_START);
        xml.raw(rowNumber);
        xml.raw(QUOTE);
    }

    private void beginRow(int rownum, SXSSFRow row) throws IOException {
        rowStart(rownum);
        if (row.hasCustomHeight()) {
            attribute("customHeight", "1");
            attribute("ht", Float.toString(row.getHeightInPoints()));
        }
        if (row.getZeroHeight()) {
            attribute("hidden", "1");
        }
        if (row.isFormatted()) {
            attribute("s", Integer.toString(row.getRowStyle().getIndex()));
            attribute("customFormat", "1");
        }
        if (row.getOutlineLevel() != 0) {
            attribute("outlineLevel", Integer.toString(row.getOutlineLevel()));
        }
        if (row.getHidden() != null) {
            attribute("hidden", row.getHidden() ? "1" : "0");
        }
        if (row.getCollapsed() != null) {
            attribute("collapsed", row.getCollapsed() ? "1" : "0");
        }
        xml.raw(TAG_END_LINE);
    }

    @Override
    public void writeCell(int columnIndex, Cell cell) throws IOException {
        if (cell == null) {
            return;
        }
        cellStart(columnIndex, cell.getCellStyle());
        lastColumn = columnIndex;
        CellType cellType = cell.getCellType();
        switch (cellType) {
            case BLANK -> xml.write('>');
            case FORMULA -> formula(cell);
            case STRING -> inlineString(cell.getStringCellValue());
            case NUMERIC -> numberValue(cell.getNumericCellValue());
            case BOOLEAN -> {
                attribute("t", "b");
                xml.ascii("><v>");
                xml.ascii(cell.getBooleanCellValue() ? "1" : "0");
                xml.raw(VALUE_END);
            }
            case ERROR -> errorValue(FormulaError.forInt(cell.getErrorCellValue()));
            default -> throw new IllegalStateException("Invalid cell type: " + cellType);
        }
        xml.raw(CELL_END);
    }

    @Override
    public void startRow(int rownum, float heightInPoints) throws IOException {
        if (rownum <= lastFlushedRow) {
            throw new IllegalArgumentException("row " + rownum + " is not after the rows already written, up to "
                    + lastFlushedRow);
        }
        directRows = true;
        counted(rownum);
        lastColumn = -1;
        rowStart(rownum);
        // The height as SXSSFRow keeps it: in twips, as a short.
        short twips = (short) (heightInPoints * 20);
        if (heightInPoints != -1 && twips != -1) {
            if (twips != heightTwips) {
                heightTwips = twips;
                heightAttributes = Utf8XmlWriter.bytes(" customHeight=\"1\" ht=\"" + (float) (twips / 20.0) + "\"");
            }
            xml.raw(heightAttributes);
        }
        xml.raw(TAG_END_LINE);
    }

    @Override
    public void text(int column, String text, CellStyle style) throws IOException {
        directCell(column, style);
        inlineString(text);
        xml.raw(CELL_END);
    }

    @Override
    public void number(int column, double value, CellStyle style) throws IOException {
        directCell(column, style);
        if (Double.isInfinite(value)) {
            errorValue(FormulaError.DIV0); // as Cell.setCellValue(double) stores it
        } else if (Double.isNaN(value)) {
            errorValue(FormulaError.NUM);
        } else {
            numberValue(value);
        }
        xml.raw(CELL_END);
    }

    /**
     * The formula goes out in three parts, its fixed text as escaped bytes made once: it is not built for each
     * cell, and its quotes do not send the whole formula through the escaping a character at a time.
     */
    @Override
    public void link(int column, String url, CellStyle style) throws IOException {
        directCell(column, style);
        attribute("t", "str");
        xml.ascii("><f>");
        xml.raw(LINK_FORMULA_START);
        outputEscapedString(HyperlinkFormula.quoted(url));
        xml.raw(LINK_FORMULA_END);
        xml.ascii("</f>");
        if (!url.isEmpty()) {
            xml.ascii("<v>");
            outputEscapedString(url);
            xml.raw(VALUE_END);
        }
        xml.raw(CELL_END);
    }

    /** The formula's text before and after the URL, as {@link Utf8XmlWriter#escaped} writes it. */
    private static final byte[] LINK_FORMULA_START = escapedAscii(HyperlinkFormula.START);
    private static final byte[] LINK_FORMULA_END = escapedAscii(HyperlinkFormula.END);

    private static byte[] escapedAscii(String text) {
        return Utf8XmlWriter.bytes(text.replace("\"", "&quot;"));
    }

    @Override
    public void endRow() throws IOException {
        // As SXSSFRow.getLastCellNum(): one past the last cell, or -1 for none.
        numberOfCellsOfLastFlushedRow = lastColumn < 0 ? -1 : lastColumn + 1;
        xml.raw(ROW_END);
    }

    /** Whether rows were written directly: SXSSF then cannot tell the sheet's dimension (see {@link #dimension}). */
    boolean hasDirectRows() {
        return directRows;
    }

    /** First row, last row, left-most and right-most column of the cells written, as SXSSF tracks them. */
    int[] dimension() {
        return new int[] {lowestIndexOfFlushedRows, lastFlushedRow, leftMostColumn, rightMostColumn};
    }

    private void directCell(int column, CellStyle style) throws IOException {
        if (column <= lastColumn) {
            throw new IllegalArgumentException("column " + column + " is not after column " + lastColumn);
        }
        cellStart(column, style);
        lastColumn = column;
    }

    /** A cell's start tag up to its attributes' end: with its reference after a gap in the row, else without. */
    private void cellStart(int column, CellStyle style) throws IOException {
        leftMostColumn = Math.min(leftMostColumn, column);
        rightMostColumn = Math.max(rightMostColumn, column);
        if (column == lastColumn + 1) {
            xml.raw(NEXT_CELL_START);
        } else {
            xml.raw(CELL_START);
            xml.raw(column < COLUMNS.length ? COLUMNS[column]
                    : Utf8XmlWriter.bytes(CellReference.convertNumToColString(column)));
            xml.raw(rowNumber);
            xml.raw(QUOTE);
        }
        // Unsigned, as POI writes it: style indexes go up to 64,000.
        int index = style.getIndex() & 0xffff;
        if (index != 0) {
            xml.raw(styleAttribute(index));
        }
    }

    private byte[] styleAttribute(int index) {
        if (index >= styleAttributes.length) {
            styleAttributes = Arrays.copyOf(styleAttributes, Math.max(index + 1, styleAttributes.length * 2));
        }
        if (styleAttributes[index] == null) {
            styleAttributes[index] = Utf8XmlWriter.bytes(" s=\"" + index + "\"");
        }
        return styleAttributes[index];
    }

    private void inlineString(String value) throws IOException {
        xml.raw(INLINE_STRING);
        if (hasLeadingTrailingSpaces(value)) {
            xml.raw(PRESERVE);
        }
        xml.write('>');
        outputEscapedString(value);
        xml.raw(INLINE_STRING_END);
    }

    private void numberValue(double value) throws IOException {
        xml.raw(NUMBER);
        xml.ascii(Double.toString(value));
        xml.raw(VALUE_END);
    }

    private void errorValue(FormulaError error) throws IOException {
        attribute("t", "e");
        xml.ascii("><v>");
        outputEscapedString(error.getString());
        xml.raw(VALUE_END);
    }

    /** A formula and its cached result, as POI writes them (down to its extra '>' before a boolean or error). */
    private void formula(Cell cell) throws IOException {
        CellType result = cell.getCachedFormulaResultType();
        switch (result) {
            case NUMERIC -> attribute("t", "n");
            case STRING -> attribute("t", "str");
            case BOOLEAN -> attribute("t", "b");
            case ERROR -> attribute("t", "e");
            default -> {
            }
        }
        xml.ascii("><f>");
        outputEscapedString(cell.getCellFormula());
        xml.ascii("</f>");
        switch (result) {
            case NUMERIC -> {
                double value = cell.getNumericCellValue();
                if (!Double.isNaN(value)) {
                    xml.ascii("<v>");
                    xml.ascii(Double.toString(value));
                    xml.raw(VALUE_END);
                }
            }
            case STRING -> {
                String value = cell.getStringCellValue();
                if (value != null && !value.isEmpty()) {
                    xml.ascii("<v>");
                    outputEscapedString(value);
                    xml.raw(VALUE_END);
                }
            }
            case BOOLEAN -> {
                xml.ascii("><v>");
                xml.ascii(cell.getBooleanCellValue() ? "1" : "0");
                xml.raw(VALUE_END);
            }
            case ERROR -> {
                xml.ascii("><v>");
                outputEscapedString(FormulaError.forInt(cell.getErrorCellValue()).getString());
                xml.raw(VALUE_END);
            }
            default -> {
            }
        }
    }

    @Override
    protected void outputEscapedString(String s) throws IOException {
        if (s != null) {
            xml.escaped(s);
        }
    }

    private void attribute(String name, String value) throws IOException {
        xml.write(' ');
        xml.ascii(name);
        xml.ascii("=\"");
        xml.ascii(value);
        xml.write('"');
    }

    /** Where a sheet's compressed rows are: deflate data without a final block, and what it holds. */
    record CompressedRows(File file, long crc, long size, long compressedSize) {
    }
}
