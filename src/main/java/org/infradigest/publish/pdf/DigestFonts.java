package org.infradigest.publish.pdf;

import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The digest's fonts and type scale. A font the project ships on the classpath
 * ({@code fonts/digest-regular.ttf} and {@code fonts/digest-bold.ttf}, e.g. a CJK-capable Noto Sans SC) is
 * embedded when present; otherwise the PDF's built-in Helvetica is used, which covers Latin text only.
 * Characters the chosen font cannot show are replaced by '?' so an unexpected script never breaks the run.
 */
public final class DigestFonts {

    /** Type scale in points: one size per role keeps the pages calm. */
    static final float TITLE = 18f;
    static final float HEADING = 12f;
    static final float BODY = 9.5f;
    static final float SMALL = 8f;

    static final Color INK = new Color(0x22, 0x2B, 0x36);
    static final Color MUTED = new Color(0x5F, 0x6B, 0x7A);
    static final Color ACCENT = new Color(0x1F, 0x5F, 0x99);

    private static final String REGULAR_RESOURCE = "fonts/digest-regular.ttf";
    private static final String BOLD_RESOURCE = "fonts/digest-bold.ttf";

    private final BaseFont regular;
    private final BaseFont bold;

    public DigestFonts(BaseFont regular, BaseFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** The shipped fonts when the classpath has them, else Helvetica. */
    public static DigestFonts standard() {
        try {
            byte[] regularBytes = resource(REGULAR_RESOURCE);
            if (regularBytes != null) {
                byte[] boldBytes = resource(BOLD_RESOURCE);
                BaseFont regular = embedded(REGULAR_RESOURCE, regularBytes);
                BaseFont bold = boldBytes == null ? regular : embedded(BOLD_RESOURCE, boldBytes);
                return new DigestFonts(regular, bold);
            }
            return new DigestFonts(BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED),
                    BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the digest fonts", e);
        }
    }

    /** A font loaded from bytes, embedded with Unicode encoding so any script it covers prints. */
    public static BaseFont embedded(String name, byte[] bytes) throws IOException {
        return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
    }

    Font regular(float size, Color color) {
        return new Font(regular, size, Font.NORMAL, color);
    }

    Font bold(float size, Color color) {
        return new Font(bold, size, Font.NORMAL, color);
    }

    BaseFont regularBase() {
        return regular;
    }

    /** The text with every character the fonts cannot draw replaced by '?'. */
    String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp)) {
                out.append(cp == '\n' ? '\n' : ' ');
            } else if (regular.charExists(cp) && bold.charExists(cp)) {
                out.appendCodePoint(cp);
            } else if (!Character.isISOControl(cp)) {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = DigestFonts.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        }
    }
}
