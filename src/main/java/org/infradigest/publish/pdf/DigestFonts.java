package org.infradigest.publish.pdf;

import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontSelector;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The digest's fonts and type scale. Latin text uses {@code fonts/digest-regular.ttf} and
 * {@code fonts/digest-bold.ttf} from the classpath when the project ships them, else the PDF's built-in
 * Helvetica. Characters those cannot show fall back to {@code fonts/digest-cjk.ttf} when present; anything no
 * font covers prints as '?', so an unexpected script never breaks the run.
 * <p>
 * The build unpacks the three files from Maven Central (see the pom's {@code digest-fonts} execution):
 * Source Sans Pro Regular and Bold, and Noto Sans SC Regular, all under the SIL Open Font License 1.1, with
 * TrueType outlines so that each PDF embeds only the glyphs it uses. Chinese in bold text is drawn with a
 * stroked outline, as the project ships no bold Noto Sans SC.
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
    private static final String FALLBACK_RESOURCE = "fonts/digest-cjk.ttf";

    private final BaseFont regular;
    private final BaseFont bold;
    private final List<BaseFont> fallbacks;

    /**
     * @param regular   font for body text
     * @param bold      font for headings and emphasis
     * @param fallbacks fonts tried, in order, for characters the first two lack (CJK, ...)
     */
    public DigestFonts(BaseFont regular, BaseFont bold, List<BaseFont> fallbacks) {
        this.regular = regular;
        this.bold = bold;
        this.fallbacks = List.copyOf(fallbacks);
    }

    /** The fonts shipped on the classpath, Helvetica where none is shipped. */
    public static DigestFonts standard() {
        try {
            byte[] regularBytes = Shipped.REGULAR;
            byte[] boldBytes = Shipped.BOLD;
            byte[] fallbackBytes = Shipped.FALLBACK;
            BaseFont regular = regularBytes == null
                    ? BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED)
                    : embedded(REGULAR_RESOURCE, regularBytes);
            BaseFont bold = boldBytes == null
                    ? (regularBytes == null
                    ? BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED) : regular)
                    : embedded(BOLD_RESOURCE, boldBytes);
            List<BaseFont> fallbacks = new ArrayList<>();
            if (fallbackBytes != null) {
                fallbacks.add(embedded(FALLBACK_RESOURCE, fallbackBytes));
            }
            return new DigestFonts(regular, bold, fallbacks);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the digest fonts", e);
        }
    }

    /** The PDF's built-in Helvetica and nothing else: no embedded font, non-Latin text prints as '?'. */
    public static DigestFonts builtIn() {
        try {
            return new DigestFonts(
                    BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED),
                    BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED),
                    List.of());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the built-in fonts", e);
        }
    }

    /** A font file's bytes as an embedded, subsetted font with Unicode encoding, so any script it covers prints. */
    public static BaseFont embedded(String name, byte[] bytes) throws IOException {
        return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
    }

    /** Regular text, each character in the first font that has it. */
    Phrase regular(String text, float size, Color color) {
        return phrase(text, regular, Font.NORMAL, size, color);
    }

    /** Bold text, each character in the first font that has it (fallback fonts drawn bold by the renderer). */
    Phrase bold(String text, float size, Color color) {
        return phrase(text, bold, Font.NORMAL, size, color);
    }

    /** Width of Latin text in the regular font, for aligning running footers. */
    float width(String text, float size) {
        return regular.getWidthPoint(text, size);
    }

    private Phrase phrase(String text, BaseFont primary, int style, float size, Color color) {
        FontSelector selector = new FontSelector();
        selector.addFont(new Font(primary, size, style, color));
        int fallbackStyle = primary == bold && bold != regular ? Font.BOLD : Font.NORMAL;
        for (BaseFont fallback : fallbacks) {
            selector.addFont(new Font(fallback, size, fallbackStyle, color));
        }
        Phrase phrase = selector.process(printable(text, primary));
        // An empty phrase still needs its font, or the line takes the default 12 pt leading.
        phrase.setFont(new Font(primary, size, style, color));
        phrase.setLeading(size * 1.3f);
        return phrase;
    }

    /** The text with whitespace normalised and every character no font can draw replaced by '?'. */
    private String printable(String text, BaseFont primary) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp)) {
                out.append(cp == '\n' ? '\n' : ' ');
            } else if (Character.isISOControl(cp)) {
                return;
            } else if (primary.charExists(cp) || fallbacks.stream().anyMatch(f -> f.charExists(cp))) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    /**
     * The shipped files, read once per class loader: the CJK font is about 10 MB. Each {@link #standard()} still
     * parses its own {@link BaseFont}s, as a BaseFont is not safe to share between PDFs written at once.
     */
    private static final class Shipped {
        static final byte[] REGULAR = load(REGULAR_RESOURCE);
        static final byte[] BOLD = load(BOLD_RESOURCE);
        static final byte[] FALLBACK = load(FALLBACK_RESOURCE);

        private static byte[] load(String name) {
            try {
                return resource(name);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name, e);
            }
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = DigestFonts.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        }
    }
}
