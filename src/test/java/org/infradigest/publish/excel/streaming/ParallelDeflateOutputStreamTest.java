package org.infradigest.publish.excel.streaming;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import static org.assertj.core.api.Assertions.assertThat;

class ParallelDeflateOutputStreamTest {

    @Test
    void compressesBlocksThatInflateAsOneStreamWhateverTheWriteSizes() throws IOException, DataFormatException {
        // given several blocks of text that repeats across block boundaries, and some noise
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        Random random = new Random(3);
        while (expected.size() < 5 * ParallelDeflateOutputStream.BLOCK_SIZE + 12_345) {
            expected.writeBytes(("<row r=\"" + random.nextInt(1000) + "\"><c>some text</c></row>\n")
                    .getBytes(StandardCharsets.UTF_8));
            if (random.nextInt(2_000) == 0) {
                byte[] noise = new byte[random.nextInt(70_000)];
                random.nextBytes(noise);
                expected.writeBytes(noise);
            }
        }
        byte[] data = expected.toByteArray();
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        ParallelDeflateOutputStream out = new ParallelDeflateOutputStream(compressed, 3);

        // when written in pieces of odd sizes, some a byte at a time
        for (int offset = 0; offset < data.length; ) {
            int length = Math.min(data.length - offset, random.nextInt(3) == 0 ? 1 : random.nextInt(200_000));
            if (length == 1) {
                out.write(data[offset]);
            } else {
                out.write(data, offset, length);
            }
            offset += length;
        }
        out.close();

        // then the blocks, followed by a final empty block, inflate to the data, and the counts match
        byte[] stream = Arrays.copyOf(compressed.toByteArray(), compressed.size() + 2);
        stream[stream.length - 2] = 3;
        assertThat(inflate(stream, data.length)).isEqualTo(data);
        assertThat(out.size()).isEqualTo(data.length);
        assertThat(out.compressedSize()).isEqualTo(compressed.size());
        CRC32 crc = new CRC32();
        crc.update(data);
        assertThat(out.crc()).isEqualTo(crc.getValue());
        assertThat(compressed.size()).isLessThan(data.length / 2);
    }

    @Test
    void usesTheArraysOfBlocksWrittenOutAgain() throws IOException, DataFormatException {
        // given 40 blocks of rows, different from block to block
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        Random random = new Random(7);
        while (expected.size() < 40 * ParallelDeflateOutputStream.BLOCK_SIZE + 999) {
            expected.writeBytes(("<row r=\"" + expected.size() + "\"><c>" + random.nextLong() + "</c></row>\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        byte[] data = expected.toByteArray();
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        ParallelDeflateOutputStream out = new ParallelDeflateOutputStream(compressed, 3);

        // when
        for (int offset = 0; offset < data.length; offset += 10_000) {
            out.write(data, offset, Math.min(10_000, data.length - offset));
        }
        out.close();

        // then at most the blocks in flight at once were allocated, and the data comes back whole
        int inFlight = 2 * Math.max(1, Runtime.getRuntime().availableProcessors()) + 1;
        assertThat(out.blocksAllocated()).isBetween(1, inFlight);
        byte[] stream = Arrays.copyOf(compressed.toByteArray(), compressed.size() + 2);
        stream[stream.length - 2] = 3;
        assertThat(inflate(stream, data.length)).isEqualTo(data);
        CRC32 crc = new CRC32();
        crc.update(data);
        assertThat(out.crc()).isEqualTo(crc.getValue());
    }

    @Test
    void writesNothingForNoData() throws IOException {
        // given
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        ParallelDeflateOutputStream out = new ParallelDeflateOutputStream(compressed, 3);

        // when
        out.close();

        // then
        assertThat(compressed.size()).isZero();
        assertThat(out.size()).isZero();
        assertThat(out.crc()).isZero();
    }

    private static byte[] inflate(byte[] stream, int length) throws DataFormatException {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(stream);
            byte[] out = new byte[length + 1];
            int n = 0;
            while (!inflater.finished() && n < out.length) {
                int inflated = inflater.inflate(out, n, out.length - n);
                if (inflated == 0 && inflater.needsInput()) {
                    break;
                }
                n += inflated;
            }
            assertThat(inflater.finished()).isTrue();
            return Arrays.copyOf(out, n);
        } finally {
            inflater.end();
        }
    }
}
