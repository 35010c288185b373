package org.infradigest.news;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns a file's bytes into text: a byte-order mark wins, then the charset the file declares (XML
 * declaration, {@code <meta charset>} or http-equiv), then UTF-8 if the bytes are valid UTF-8, then
 * juniversalchardet's guess (GBK/GB18030, Big5, Shift_JIS, ...), then windows-1252 for text that is
 * nearly all ASCII. Every decoding is strict: bytes that are not valid in the chosen charset make it fail
 * rather than turn into replacement characters, and when none fits the reason names the offending byte.
 */
final class TextDecoder {

    /** How much of the file is searched for a declaration: declarations must come early. */
    private static final int DECLARATION_WINDOW = 4096;
    /** How much of the file juniversalchardet sees: enough to be sure, bounded for huge files. */
    private static final int DETECTION_WINDOW = 1 << 20;

    private static final Pattern XML_ENCODING =
            Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    /**
     * Labels that pages use for a charset whose real content is a superset (the WHATWG encoding standard
     * does the same): pages labelled GB2312 routinely hold GBK characters.
     */
    private static final Map<String, String> SUPERSETS = Map.of(
            "gb2312", "GB18030", "gbk", "GB18030", "x-gbk", "GB18030", "euc-cn", "GB18030",
            "iso-8859-1", "windows-1252", "latin1", "windows-1252", "us-ascii", "windows-1252",
            "ascii", "windows-1252");

    private TextDecoder() {
    }

    /** The charset named by a byte-order mark at the start of the bytes, if any. */
    static Optional<Charset> bomCharset(byte[] bytes) {
        return Optional.ofNullable(Bom.of(bytes)).map(Bom::charset);
    }

    /** The start of the file as text good enough to look for markup, whatever its charset. */
    static String head(byte[] bytes, int length) {
        Bom bom = Bom.of(bytes);
        int offset = bom == null ? 0 : bom.length();
        int end = Math.min(bytes.length, offset + length);
        Charset charset = bom == null ? StandardCharsets.ISO_8859_1 : bom.charset();
        return new String(bytes, offset, end - offset, charset);
    }

    /**
     * Decodes the bytes.
     *
     * @param declaration where the file may declare its charset: XML declaration for feeds, meta tags for
     *                    HTML, nothing for text and JSON
     */
    static String decode(byte[] bytes, NewsFormat declaration) throws UnreadableInputException {
        Bom bom = Bom.of(bytes);
        if (bom != null) {
            Attempt attempt = strictly(bytes, bom.length(), bom.charset());
            if (attempt.text != null) {
                return attempt.text;
            }
            throw new UnreadableInputException("cannot decode the text: it starts with a " + bom.charset().name()
                    + " byte-order mark but " + attempt.problem);
        }
        StringBuilder problems = new StringBuilder();
        String declared = declaredCharset(bytes, declaration);
        if (declared != null) {
            Optional<Charset> charset = charsetFor(declared);
            if (charset.isEmpty()) {
                problems.append("the declared charset '").append(declared).append("' is unknown; ");
            } else {
                Attempt attempt = strictly(bytes, 0, charset.get());
                if (attempt.text != null) {
                    return attempt.text;
                }
                problems.append("the declared charset ").append(declared).append(" does not fit (")
                        .append(attempt.problem).append("); ");
            }
        }
        Attempt utf8 = strictly(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.text != null) {
            return utf8.text;
        }
        problems.append("it is not UTF-8 (").append(utf8.problem).append(")");
        Optional<Charset> detected = detect(bytes).flatMap(TextDecoder::charsetFor);
        if (detected.isPresent()) {
            Attempt attempt = strictly(bytes, 0, detected.get());
            if (attempt.text != null) {
                return attempt.text;
            }
            problems.append(" nor ").append(detected.get().name()).append(" (").append(attempt.problem).append(")");
        } else {
            problems.append(" and no other charset could be detected");
        }
        if (mostlyAscii(bytes)) {
            // a Western text with a few accented letters is too short a sample for the detector
            Attempt western = strictly(bytes, 0, Charset.forName("windows-1252"));
            if (western.text != null) {
                return western.text;
            }
        }
        throw new UnreadableInputException("cannot decode the text: " + problems);
    }

    private static boolean mostlyAscii(byte[] bytes) {
        int end = Math.min(bytes.length, DETECTION_WINDOW);
        int high = 0;
        for (int i = 0; i < end; i++) {
            high += bytes[i] < 0 ? 1 : 0;
        }
        return high * 20 <= end;
    }

    static String declaredCharset(byte[] bytes, NewsFormat format) {
        String head = head(bytes, DECLARATION_WINDOW);
        Matcher matcher = switch (format) {
            case FEED -> XML_ENCODING.matcher(head);
            case HTML -> META_CHARSET.matcher(head);
            case TEXT, JSON_LINES -> null;
        };
        if (matcher == null || !matcher.find()) {
            // XHTML pages declare their charset the XML way
            Matcher xml = format == NewsFormat.HTML ? XML_ENCODING.matcher(head) : null;
            return xml != null && xml.find() ? xml.group(1) : null;
        }
        return matcher.group(1);
    }

    private static Optional<String> detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, DETECTION_WINDOW));
        detector.dataEnd();
        return Optional.ofNullable(detector.getDetectedCharset());
    }

    private static Optional<Charset> charsetFor(String label) {
        String name = SUPERSETS.getOrDefault(label.toLowerCase(Locale.ROOT), label);
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static Attempt strictly(byte[] bytes, int offset, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            // Most files are UTF-8, which String decodes several times faster than a CharsetDecoder. It puts
            // U+FFFD for every malformed sequence, so text without one came from valid bytes and is exactly what
            // the strict decoder gives; text with one (valid or not) is decoded strictly below.
            String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') < 0) {
                return new Attempt(text, null);
            }
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8,
                (long) (bytes.length - offset) * (long) Math.ceil(decoder.maxCharsPerByte()) + 16));
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            return new Attempt(null, String.format("byte 0x%02X at offset %d is not valid %s",
                    bytes[at] & 0xFF, at, charset.name()));
        }
        return new Attempt(out.flip().toString(), null);
    }

    private record Attempt(String text, String problem) {
    }

    private enum Bom {
        UTF_32BE(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, "UTF-32BE"),
        UTF_32LE(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, "UTF-32LE"),
        UTF_8(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "UTF-8"),
        UTF_16BE(new byte[] {(byte) 0xFE, (byte) 0xFF}, "UTF-16BE"),
        UTF_16LE(new byte[] {(byte) 0xFF, (byte) 0xFE}, "UTF-16LE");

        private final byte[] mark;
        private final String charsetName;

        Bom(byte[] mark, String charsetName) {
            this.mark = mark;
            this.charsetName = charsetName;
        }

        int length() {
            return mark.length;
        }

        Charset charset() {
            return Charset.forName(charsetName);
        }

        /** The mark the bytes start with; UTF-32LE is tested before UTF-16LE, whose mark it extends. */
        static Bom of(byte[] bytes) {
            for (Bom bom : values()) {
                if (bytes.length >= bom.mark.length
                        && java.util.Arrays.equals(bytes, 0, bom.mark.length, bom.mark, 0, bom.mark.length)) {
                    return bom;
                }
            }
            return null;
        }
    }
}
