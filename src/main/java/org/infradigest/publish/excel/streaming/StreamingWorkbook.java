package org.infradigest.publish.excel.streaming;

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
 *
 * <p>Only for inline strings: the shared strings table is not supported.
 */
public final class StreamingWorkbook extends SXSSFWorkbook {

    /** The rows of each sheet, by the XSSF sheet whose part they go into. */
    private final Map<XSSFSheet, FastSheetDataWriter> rows = new IdentityHashMap<>();
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
        rows.put(getXSSFWorkbook().getSheetAt(getSheetIndex(sheet)), created);
        created = null;
        return sheet;
    }

    /** Writes the workbook to {@code stream}; does not close it. */
    @Override
    public void write(OutputStream stream) throws IOException {
        flushSheets();
        for (FastSheetDataWriter writer : rows.values()) {
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
                    FastSheetDataWriter writer = rows.get(sheet);
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
