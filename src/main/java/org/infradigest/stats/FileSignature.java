package org.infradigest.stats;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What the first bytes of a file say it is: an XLSX workbook, text in some encoding (with the length
 * of its byte-order mark), or something that is not a table at all.
 *
 * @param kind         what the file is
 * @param charset      the text encoding, for {@link Kind#TEXT}
 * @param bomLength    bytes of byte-order mark to skip before the text
 * @param notATable    why the file is not a table, for the other kinds
 */
record FileSignature(Kind kind, Charset charset, int bomLength, String notATable) {

    enum Kind { TEXT, XLSX, NOT_A_TABLE }

    /** Bytes looked at: enough for a header line and a few rows. */
    static final int PEEK_BYTES = 16 * 1024;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    static FileSignature of(byte[] head, int length, Charset profileCharset) {
        byte[] b = Arrays.copyOf(head, length);
        if (length == 0) {
            return notATable("file is empty");
        }
        if (startsWith(b, 0x50, 0x4B, 0x03, 0x04)) {
            return new FileSignature(Kind.XLSX, null, 0, null);
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return notATable("legacy Excel .xls workbook: save it as .xlsx or CSV");
        }
        if (startsWith(b, 0x25, 0x50, 0x44, 0x46)) {
            return notATable("PDF document, not a table");
        }
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return text(b, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return text(b, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return text(b, 2, StandardCharsets.UTF_16BE);
        }
        for (byte x : b) {
            // Text never holds NUL or most control characters; images, archives and executables do.
            if (x == 0 || (x >= 1 && x < 32 && x != '\t' && x != '\n' && x != '\r' && x != '\f')) {
                return notATable("binary file, not a text table");
            }
        }
        if (profileCharset != null) {
            return text(b, 0, profileCharset);
        }
        return text(b, 0, isUtf8(b) ? StandardCharsets.UTF_8 : WINDOWS_1252);
    }

    private static FileSignature text(byte[] b, int bom, Charset charset) {
        if (new String(b, bom, b.length - bom, charset).isBlank()) {
            return notATable("file is empty");
        }
        return new FileSignature(Kind.TEXT, charset, bom, null);
    }

    private static FileSignature notATable(String why) {
        return new FileSignature(Kind.NOT_A_TABLE, null, 0, why);
    }

    // Text that is not valid UTF-8 is most likely an old Windows export (windows-1252 covers Latin-1).
    private static boolean isUtf8(byte[] b) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        // endOfInput false: a character cut at the end of the peek is not an error.
        return !decoder.decode(ByteBuffer.wrap(b), CharBuffer.allocate(b.length), false).isError();
    }

    private static boolean startsWith(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** The delimiter of the first line: the most frequent of comma, semicolon, tab and pipe outside quotes. */
    static char sniffDelimiter(String firstLine) {
        char best = ',';
        int bestCount = 0;
        for (char candidate : new char[] {',', ';', '\t', '|'}) {
            int count = 0;
            boolean quoted = false;
            for (char c : firstLine.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == candidate && !quoted) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }
}
