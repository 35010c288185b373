package org.infradigest.publish.excel.streaming;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Encodes sheet XML straight to UTF-8 bytes, with the markup as ready-made ASCII and cell text escaped exactly as
 * POI's {@code SheetDataWriter} escapes it. POI writes each character through a BufferedWriter and a charset
 * encoder, which was most of the time spent writing a large sheet.
 */
final class Utf8XmlWriter extends Writer {

    private static final byte[] LT = bytes("&lt;");
    private static final byte[] GT = bytes("&gt;");
    private static final byte[] AMP = bytes("&amp;");
    private static final byte[] QUOT = bytes("&quot;");
    private static final byte[] LF = bytes("&#xa;");
    private static final byte[] CR = bytes("&#xd;");
    private static final byte[] TAB = bytes("&#x9;");
    private static final byte[] NBSP = bytes("&#xa0;");

    /** Bytes a single character can take, escaped or encoded. */
    private static final int MAX_CHAR_BYTES = 6;

    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    /** A high surrogate written through the Writer methods, waiting for its low half. */
    private char pendingHigh;

    Utf8XmlWriter(OutputStream out) {
        this.out = out;
    }

    /** The stream the bytes go to. */
    OutputStream target() {
        return out;
    }

    /** ASCII text as bytes, for markup made once. */
    static byte[] bytes(String s) {
        byte[] bytes = new byte[s.length()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) s.charAt(i);
        }
        return bytes;
    }

    /** Markup or other ASCII prepared in advance. */
    void raw(byte[] bytes) throws IOException {
        if (buffer.length - position < bytes.length) {
            flushBuffer();
            if (bytes.length > buffer.length) {
                out.write(bytes);
                return;
            }
        }
        System.arraycopy(bytes, 0, buffer, position, bytes.length);
        position += bytes.length;
    }

    /** Text known to be ASCII, such as a number POI formatted. */
    void ascii(String text) throws IOException {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            if (position == buffer.length) {
                flushBuffer();
            }
            buffer[position++] = (byte) text.charAt(i);
        }
    }

    /**
     * Cell text as POI's {@code SheetDataWriter.outputEscapedString} writes it: the five markup characters and
     * line breaks, tabs and no-break spaces as entities; other control characters, U+FFFE, U+FFFF and unpaired
     * surrogates as '?' (XML cannot hold them; POI's writer and its encoder replace them the same way).
     */
    void escaped(String text) throws IOException {
        int length = text.length();
        if (length <= PLAIN_MAX) {
            // Most cell text is plain ASCII: String.getBytes checks and copies it in vectorised passes, and a loop
            // over its bytes is several times cheaper than escaping it a char at a time
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            if (utf8.length == length && isPlain(utf8)) {
                raw(utf8);
                return;
            }
        }
        for (int i = 0; i < length; i++) {
            if (buffer.length - position < MAX_CHAR_BYTES) {
                flushBuffer();
            }
            char c = text.charAt(i);
            if (c < 0x80) {
                if (c >= 0x20 && c != '<' && c != '>' && c != '&' && c != '"') {
                    buffer[position++] = (byte) c;
                } else {
                    escape(c);
                }
            } else if (c < 0x800) {
                if (c == '\u00A0') {
                    put(NBSP);
                } else {
                    twoBytes(c);
                }
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                    fourBytes(Character.toCodePoint(c, text.charAt(++i)));
                } else {
                    buffer[position++] = '?';
                }
            } else if (c >= '\uFFFE') {
                buffer[position++] = '?';
            } else {
                threeBytes(c);
            }
        }
    }

    /** 1 for the bytes {@link #isPlain} refuses: controls, markup characters, any byte of a non-ASCII character. */
    private static final byte[] ESCAPED = new byte[256];

    static {
        for (int b = 0; b < 256; b++) {
            ESCAPED[b] = (byte) (b < 0x20 || b >= 0x80 || b == '<' || b == '>' || b == '&' || b == '"' ? 1 : 0);
        }
    }

    /** Text longer than this is escaped without the plain-ASCII attempt, which would copy it once more. */
    private static final int PLAIN_MAX = 4096;

    /** Whether the bytes are ASCII that needs no escaping (a byte of a multi-byte character is negative). */
    private static boolean isPlain(byte[] bytes) {
        int special = 0;
        for (byte b : bytes) {
            special |= ESCAPED[b & 0xFF]; // no branch per byte: the loop stays short
        }
        return special == 0;
    }

    private void escape(char c) {
        switch (c) {
            case '<' -> put(LT);
            case '>' -> put(GT);
            case '&' -> put(AMP);
            case '"' -> put(QUOT);
            case '\n' -> put(LF);
            case '\r' -> put(CR);
            case '\t' -> put(TAB);
            default -> buffer[position++] = '?';
        }
    }

    /** Plain UTF-8, unescaped, as an OutputStreamWriter would encode it (an unpaired surrogate becomes '?'). */
    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(chars[i]);
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(text.charAt(i));
        }
    }

    @Override
    public void write(int character) throws IOException {
        char c = (char) character;
        if (buffer.length - position < MAX_CHAR_BYTES) {
            flushBuffer();
        }
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                fourBytes(Character.toCodePoint(high, c));
                return;
            }
            buffer[position++] = '?';
        }
        if (c < 0x80) {
            buffer[position++] = (byte) c;
        } else if (c < 0x800) {
            twoBytes(c);
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            buffer[position++] = '?';
        } else {
            threeBytes(c);
        }
    }

    /** Passes the buffered bytes on; it does not ask the stream below to flush (that would cut a deflate block). */
    @Override
    public void flush() throws IOException {
        flushBuffer();
    }

    @Override
    public void close() throws IOException {
        try {
            if (pendingHigh != 0) {
                pendingHigh = 0;
                write('?');
            }
            flushBuffer();
        } finally {
            out.close();
        }
    }

    private void flushBuffer() throws IOException {
        if (position > 0) {
            out.write(buffer, 0, position);
            position = 0;
        }
    }

    private void put(byte[] bytes) {
        System.arraycopy(bytes, 0, buffer, position, bytes.length);
        position += bytes.length;
    }

    private void twoBytes(char c) {
        buffer[position++] = (byte) (0xC0 | c >> 6);
        buffer[position++] = (byte) (0x80 | c & 0x3F);
    }

    private void threeBytes(char c) {
        buffer[position++] = (byte) (0xE0 | c >> 12);
        buffer[position++] = (byte) (0x80 | c >> 6 & 0x3F);
        buffer[position++] = (byte) (0x80 | c & 0x3F);
    }

    private void fourBytes(int codePoint) {
        buffer[position++] = (byte) (0xF0 | codePoint >> 18);
        buffer[position++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
        buffer[position++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
        buffer[position++] = (byte) (0x80 | codePoint & 0x3F);
    }
}
