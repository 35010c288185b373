package org.infradigest.publish.excel.streaming;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Raw deflate data compressed on every core while the caller goes on writing, as pigz does: the bytes are cut
 * into blocks of {@value #BLOCK_SIZE} bytes, each compressed on its own, primed with the 32 KB before it as the
 * dictionary (so it compresses about as well as one long stream) and ended with a sync flush (so it ends on a
 * byte boundary and the blocks simply follow each other). The data is left open, without a final block, so that
 * more deflate data can follow it in a zip entry. The CRC-32 and length of what was written are kept.
 * <p>
 * A block's arrays (its bytes, its dictionary and its compressed output) are used again for a later block once it
 * has been written out: the benchmark's workbook passes some 5 GB of XML through here, and fresh arrays for each
 * block were 7 GB of what its publish step allocated, and a sixth of its young collections.
 */
final class ParallelDeflateOutputStream extends OutputStream {

    /** Under half a G1 region of a small heap: a larger array is "humongous" and inflates the heap's peak. */
    static final int BLOCK_SIZE = 1 << 18;

    /** Deflate's window: how far back a match may reach, so how much of the past a block needs. */
    private static final int WINDOW = 32 * 1024;

    /** The first buffer is small: most sheets are small, and each keeps its buffer until the workbook is written. */
    private static final int FIRST_BUFFER = 16 * 1024;

    private final OutputStream out;
    private final int level;
    private final ArrayDeque<Future<Compressed>> pending = new ArrayDeque<>();
    private final byte[] window = new byte[WINDOW];
    private final CRC32 crc = new CRC32();
    private byte[] block = new byte[FIRST_BUFFER];
    /** Arrays of blocks written out, for the next blocks; touched by the writing thread only. */
    private final ArrayDeque<byte[]> freeBlocks = new ArrayDeque<>();
    private final ArrayDeque<byte[]> freeDictionaries = new ArrayDeque<>();
    private final ArrayDeque<byte[]> freeOutputs = new ArrayDeque<>();
    private int blocksAllocated;
    private int filled;
    private int windowLength;
    private long size;
    private long compressedSize;
    private boolean closed;

    /** @param out where the compressed blocks go, in order; closed with this stream */
    ParallelDeflateOutputStream(OutputStream out, int level) {
        this.out = out;
        this.level = level;
    }

    @Override
    public void write(int b) throws IOException {
        if (filled == block.length) {
            makeRoom();
        }
        block[filled++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        while (length > 0) {
            if (filled == block.length) {
                makeRoom();
            }
            int n = Math.min(length, block.length - filled);
            System.arraycopy(bytes, offset, block, filled, n);
            filled += n;
            offset += n;
            length -= n;
        }
    }

    /** Compresses what is left and waits for every block to be written; {@code out} is closed. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (filled > 0) {
                submit();
            }
            while (!pending.isEmpty()) {
                writeOldest();
            }
        } finally {
            pending.forEach(f -> f.cancel(false));
            pending.clear();
            block = null;
            freeBlocks.clear();
            freeDictionaries.clear();
            freeOutputs.clear();
            out.close();
        }
    }

    /** CRC-32 of the bytes written; complete once closed. */
    long crc() {
        return crc.getValue();
    }

    /** Bytes written; complete once closed. */
    long size() {
        return size;
    }

    /** Compressed bytes passed on to {@code out}; complete once closed. */
    long compressedSize() {
        return compressedSize;
    }

    /** Full-size blocks allocated so far: the others were arrays of blocks already written out. */
    int blocksAllocated() {
        return blocksAllocated;
    }

    private void makeRoom() throws IOException {
        if (closed) {
            throw new IOException("stream closed");
        }
        if (block.length < BLOCK_SIZE) {
            block = Arrays.copyOf(block, Math.min(BLOCK_SIZE, block.length * 2));
        } else {
            submit();
            block = freeBlocks.poll();
            if (block == null) {
                block = new byte[BLOCK_SIZE];
                blocksAllocated++;
            }
        }
    }

    private void submit() throws IOException {
        byte[] input = block;
        int length = filled;
        crc.update(input, 0, length);
        size += length;
        byte[] dictionary = null;
        int dictionaryLength = windowLength;
        if (dictionaryLength > 0) {
            dictionary = freeDictionaries.poll();
            if (dictionary == null) {
                dictionary = new byte[WINDOW];
            }
            System.arraycopy(window, 0, dictionary, 0, dictionaryLength);
        }
        byte[] givenDictionary = dictionary;
        byte[] output = freeOutputs.poll();
        int blockLevel = level;
        pending.add(Pool.EXECUTOR.submit(() -> Pool.deflate(input, length, givenDictionary, dictionaryLength, output,
                blockLevel)));
        remember(input, length);
        filled = 0;
        // Bounded: the caller waits rather than piling up blocks in memory when compressing is the slower side.
        while (pending.size() > Pool.THREADS * 2) {
            writeOldest();
        }
    }

    /** Keeps the last 32 KB written: the next block's dictionary. */
    private void remember(byte[] input, int length) {
        if (length >= WINDOW) {
            System.arraycopy(input, length - WINDOW, window, 0, WINDOW);
            windowLength = WINDOW;
        } else {
            int keep = Math.min(windowLength, WINDOW - length);
            System.arraycopy(window, windowLength - keep, window, 0, keep);
            System.arraycopy(input, 0, window, keep, length);
            windowLength = keep + length;
        }
    }

    private void writeOldest() throws IOException {
        Compressed done;
        try {
            done = pending.remove().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while compressing");
        } catch (ExecutionException e) {
            throw new IOException("compressing failed", e.getCause());
        }
        out.write(done.bytes(), 0, done.length());
        compressedSize += done.length();
        // Its task is over: its arrays are free (a block smaller than the full size is the last one).
        if (done.input().length == BLOCK_SIZE) {
            freeBlocks.push(done.input());
        }
        if (done.dictionary() != null) {
            freeDictionaries.push(done.dictionary());
        }
        freeOutputs.push(done.bytes());
    }

    /** A block compressed, with the arrays it was given. */
    private record Compressed(byte[] bytes, int length, byte[] input, byte[] dictionary) {
    }

    /** Compressing threads shared by all streams, one per core; daemons, so they never keep the JVM alive. */
    private static final class Pool {

        static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());

        static final ExecutorService EXECUTOR = Executors.newFixedThreadPool(THREADS,
                Thread.ofPlatform().name("xlsx-deflate-", 0).daemon().factory());

        /** One deflater per thread and level, reused: creating one allocates some 300 KB outside the heap. */
        private static final ThreadLocal<Deflater[]> DEFLATERS = ThreadLocal.withInitial(() -> new Deflater[11]);

        /** {@code output} is an array to compress into, or null; a larger one is made when it is short. */
        static Compressed deflate(byte[] input, int length, byte[] dictionary, int dictionaryLength, byte[] output,
                                  int level) {
            Deflater deflater = deflater(level);
            deflater.reset();
            if (dictionary != null) {
                deflater.setDictionary(dictionary, 0, dictionaryLength);
            }
            deflater.setInput(input, 0, length);
            if (output == null || output.length < length / 4 + 64) {
                output = new byte[length / 4 + 64];
            }
            int used = 0;
            while (true) {
                used += deflater.deflate(output, used, output.length - used, Deflater.SYNC_FLUSH);
                if (used < output.length) {
                    // Room left over: all input is consumed and flushed.
                    return new Compressed(output, used, input, dictionary);
                }
                output = Arrays.copyOf(output, output.length * 2);
            }
        }

        private static Deflater deflater(int level) {
            Deflater[] mine = DEFLATERS.get();
            int index = level + 1; // from -1, the default level
            if (mine[index] == null) {
                mine[index] = new Deflater(level, true);
            }
            return mine[index];
        }
    }
}
