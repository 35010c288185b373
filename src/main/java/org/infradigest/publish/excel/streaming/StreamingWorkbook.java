package org.infradigest.publish.excel.streaming;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFChartSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * POI's streaming workbook, writing the same workbook faster: rows are encoded and compressed, on all cores, as
 * they are flushed ({@link FastSheetDataWriter}), and {@link #write} puts the compressed rows into the xlsx file as
 * they are, between the rest of each worksheet's XML, instead of compressing all of it at the end on one core.
 * Everything else (styles, column widths, print setup, charts) is POI's own, from the XSSF workbook behind it.
 * A large table may also skip POI's row and cell objects and write its rows through {@link #rows}.
 *
 * <p>Only for inline strings: the shared strings table is not supported.
 */
public final class StreamingWorkbook extends SXSSFWorkbook {

    /** The writer of each sheet's rows, by the XSSF sheet whose part they go into. */
    private final Map<XSSFSheet, FastSheetDataWriter> writers = new IdentityHashMap<>();
    /** The writer made for the sheet being created, until {@link #register} takes it. */
    private FastSheetDataWriter created;

    /** @param window rows kept in memory per sheet before they are written out */
    public StreamingWorkbook(int window) {
        super(window);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        created = new FastSheetDataWriter();
        return created;
    }

    @Override
    public SXSSFSheet createSheet() {
        return register(super.createSheet());
    }

    @Override
    public SXSSFSheet createSheet(String name) {
        return register(super.createSheet(name));
    }

    private SXSSFSheet register(SXSSFSheet sheet) {
        writers.put(xssfSheet(sheet), created);
        created = null;
        return sheet;
    }

    private XSSFSheet xssfSheet(SXSSFSheet sheet) {
        return getXSSFWorkbook().getSheetAt(getSheetIndex(sheet));
    }

    /**
     * Writes rows of {@code sheet} straight into its XML, after the rows it already holds, without POI's row and
     * cell objects. The sheet may go on with POI rows after them.
     */
    public SheetRows rows(SXSSFSheet sheet) {
        FastSheetDataWriter writer = writers.get(xssfSheet(sheet));
        return new SheetRows() {
            @Override
            public void startRow(int rownum, float heightInPoints) throws IOException {
                if (sheet.getLastRowNum() >= 0) {
                    // Rows still in POI's window come first.
                    sheet.flushRows();
                }
                writer.startRow(rownum, heightInPoints);
            }

            @Override
            public void text(int column, String text, CellStyle style) throws IOException {
                writer.text(column, text, style);
            }

            @Override
            public void number(int column, double value, CellStyle style) throws IOException {
                writer.number(column, value, style);
            }

            @Override
            public void link(int column, String url, CellStyle style) throws IOException {
                writer.link(column, url, style);
            }

            @Override
            public void endRow() throws IOException {
                writer.endRow();
            }
        };
    }

    /** Writes the workbook to {@code stream}; does not close it. */
    @Override
    public void write(OutputStream stream) throws IOException {
        flushSheets();
        writers.forEach((sheet, writer) -> {
            if (writer.hasDirectRows()) {
                // SXSSF takes a sheet's last row from its window, which direct rows never pass through.
                int[] d = writer.dimension();
                if (d[1] >= d[0] && d[3] >= d[2]) {
                    sheet.setDimensionOverride(new CellRangeAddress(d[0], d[1], d[2], d[3]));
                }
            }
        });
        for (FastSheetDataWriter writer : writers.values()) {
            writer.close();
        }
        // The workbook without its rows: small, as every row is in the temporary files.
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        _wb.write(template);

        OpcZipOutput zip = new OpcZipOutput(stream);
        try (ZipInputStream parts = new ZipInputStream(new ByteArrayInputStream(template.toByteArray()))) {
            for (ZipEntry part; (part = parts.getNextEntry()) != null; ) {
                byte[] content = parts.readAllBytes();
                XSSFSheet sheet = getSheetFromZipEntryName(part.getName());
                if (sheet == null || sheet instanceof XSSFChartSheet) {
                    zip.put(part.getName(), content);
                } else {
                    FastSheetDataWriter writer = writers.get(sheet);
                    if (writer == null) {
                        throw new IllegalStateException("no streamed rows for " + part.getName());
                    }
                    zip.putSheet(part.getName(), SheetTemplate.of(content), writer.rows());
                }
            }
        }
        zip.finish();
    }
}
