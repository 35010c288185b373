package org.infradigest.publish.excel.streaming;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes the xlsx zip container laid out exactly as POI's streaming workbook lays it out (its package-private
 * {@code OpcOutputStream} and {@code Zip64Impl}, which Excel is known to open): every entry deflated, sizes and
 * CRC in a data descriptor with 64-bit sizes, a ZIP64 extra field in the central directory only for entries over
 * 4 GB uncompressed, no timestamps. Unlike POI's, it can take an entry's data already compressed.
 */
final class OpcZipOutput {

    private static final long LOCAL_HEADER = 0x04034b50L;
    private static final long DATA_DESCRIPTOR = 0x08074b50L;
    private static final long CENTRAL_HEADER = 0x02014b50L;
    private static final long END_OF_CENTRAL_DIRECTORY = 0x06054b50L;
    private static final int VERSION_20 = 20;
    private static final int VERSION_45 = 45;
    private static final int DATA_DESCRIPTOR_USED = 0x08;
    private static final int DEFLATED = 8;
    private static final int ZIP64_FIELD = 0x0001;
    private static final long MAX32 = 0xffffffffL;

    private final OutputStream out;
    private final List<Entry> entries = new ArrayList<>();
    private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    private final byte[] buffer = new byte[1 << 16];
    private long written;

    OpcZipOutput(OutputStream out) {
        this.out = out;
    }

    /** An entry compressed here, at the default level. */
    void put(String name, byte[] data) throws IOException {
        long offset = localHeader(name);
        long compressed = deflate(data, true);
        CRC32 crc = new CRC32();
        crc.update(data);
        dataDescriptor(new Entry(name, crc.getValue(), data.length, compressed, offset));
    }

    /** A worksheet: the template's XML before and after the rows, around rows compressed in advance. */
    void putSheet(String name, SheetTemplate template, FastSheetDataWriter.CompressedRows rows) throws IOException {
        long offset = localHeader(name);
        // The parts join into one deflate stream: the rows are byte-aligned blocks with no final block.
        long compressed = deflate(template.before(), false);
        try (InputStream in = new FileInputStream(rows.file())) {
            long copied = in.transferTo(out);
            if (copied != rows.compressedSize()) {
                throw new IOException("compressed rows of " + name + " are " + copied + " bytes, expected "
                        + rows.compressedSize());
            }
            compressed += copied;
            written += copied;
        }
        compressed += deflate(template.after(), true);
        long crc = Crc32Combine.combine(crcOf(template.before()), rows.crc(), rows.size());
        crc = Crc32Combine.combine(crc, crcOf(template.after()), template.after().length);
        long size = template.before().length + rows.size() + template.after().length;
        dataDescriptor(new Entry(name, crc, size, compressed, offset));
    }

    /** Writes the central directory; the stream stays open. */
    void finish() throws IOException {
        deflater.end();
        long start = written;
        for (Entry entry : entries) {
            centralHeader(entry);
        }
        long length = written - start;
        writeInt(END_OF_CENTRAL_DIRECTORY);
        writeShort(0); // this disk
        writeShort(0); // disk where the central directory starts
        writeShort(entries.size());
        writeShort(entries.size());
        writeInt(length);
        writeInt(start);
        writeShort(0); // comment length
        out.flush();
    }

    private long localHeader(String name) throws IOException {
        long offset = written;
        byte[] nameBytes = name.getBytes(StandardCharsets.US_ASCII);
        writeInt(LOCAL_HEADER);
        writeShort(VERSION_45);
        writeShort(DATA_DESCRIPTOR_USED);
        writeShort(DEFLATED);
        writeInt(0); // time and date
        writeInt(0); // CRC, sizes: in the data descriptor
        writeInt(0);
        writeInt(0);
        writeShort(nameBytes.length);
        writeShort(0); // extra field length
        write(nameBytes);
        return offset;
    }

    private void dataDescriptor(Entry entry) throws IOException {
        writeInt(DATA_DESCRIPTOR);
        writeInt(entry.crc());
        writeLong(entry.compressedSize());
        writeLong(entry.size());
        entries.add(entry);
    }

    private void centralHeader(Entry entry) throws IOException {
        boolean zip64 = entry.size() > MAX32;
        byte[] nameBytes = entry.name().getBytes(StandardCharsets.US_ASCII);
        writeInt(CENTRAL_HEADER);
        writeShort(VERSION_45); // made by
        writeShort(zip64 ? VERSION_45 : VERSION_20); // needed
        writeShort(DATA_DESCRIPTOR_USED);
        writeShort(DEFLATED);
        writeInt(0); // time and date
        writeInt(entry.crc());
        writeInt(entry.compressedSize());
        writeInt(zip64 ? MAX32 : entry.size());
        writeShort(nameBytes.length);
        writeShort(zip64 ? 2 + 2 + 8 : 0); // extra field length
        writeShort(0); // comment length
        writeShort(0); // disk
        writeShort(0); // internal attributes
        writeInt(0); // external attributes
        writeInt(entry.offset());
        write(nameBytes);
        if (zip64) {
            writeShort(ZIP64_FIELD);
            writeShort(8);
            writeLong(entry.size());
        }
    }

    /**
     * Deflates all of {@code data}: ending the stream when {@code last}, else with a sync flush, which ends on a
     * byte boundary so that more deflate data can follow. Returns the compressed length.
     */
    private long deflate(byte[] data, boolean last) throws IOException {
        deflater.reset();
        deflater.setInput(data);
        if (last) {
            deflater.finish();
        }
        long compressed = 0;
        while (true) {
            int n = deflater.deflate(buffer, 0, buffer.length, last ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH);
            out.write(buffer, 0, n);
            compressed += n;
            if (last ? deflater.finished() : n < buffer.length) {
                written += compressed;
                return compressed;
            }
        }
    }

    private static long crcOf(byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(data);
        return crc.getValue();
    }

    private void write(byte[] bytes) throws IOException {
        out.write(bytes);
        written += bytes.length;
    }

    private void writeShort(int value) throws IOException {
        out.write(value & 0xff);
        out.write(value >>> 8 & 0xff);
        written += 2;
    }

    private void writeInt(long value) throws IOException {
        for (int shift = 0; shift < 32; shift += 8) {
            out.write((int) (value >>> shift) & 0xff);
        }
        written += 4;
    }

    private void writeLong(long value) throws IOException {
        for (int shift = 0; shift < 64; shift += 8) {
            out.write((int) (value >>> shift) & 0xff);
        }
        written += 8;
    }

    private record Entry(String name, long crc, long size, long compressedSize, long offset) {
    }
}
