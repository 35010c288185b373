package org.infradigest.publish.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DigestFontsTest {

    /** 中国移动 北京 China Mobile */
    private static final String MIXED = "\u4e2d\u56fd\u79fb\u52a8 \u5317\u4eac China Mobile";

    @Test
    void printsChineseWithTheFontTheBuildShips() throws IOException {
        // given the fonts the build unpacks onto the classpath
        DigestFonts fonts = DigestFonts.standard();

        // when
        byte[] pdf = write(fonts, MIXED);

        // then the text comes back, every font is embedded, and the Chinese is in Noto Sans SC
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("\u4e2d\u56fd\u79fb\u52a8", "\u5317\u4eac",
                    "China Mobile").doesNotContain("?");
            List<PDFont> used = fonts(doc.getPage(0));
            assertThat(used).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
            assertThat(used).extracting(PDFont::getName)
                    .anySatisfy(name -> assertThat(name).contains("NotoSansSC"))
                    .anySatisfy(name -> assertThat(name).contains("SourceSansPro"));
        }
    }

    @Test
    void embedsOnlyTheGlyphsItUses() throws IOException {
        // when
        byte[] pdf = write(DigestFonts.standard(), MIXED);

        // then a subset: the full Noto Sans SC is about 10 MB
        assertThat(pdf.length).isLessThan(100_000);
    }

    @Test
    void shipsTheFontsAndTheirLicences() {
        ClassLoader loader = DigestFontsTest.class.getClassLoader();
        for (String resource : List.of("fonts/digest-regular.ttf", "fonts/digest-bold.ttf", "fonts/digest-cjk.ttf",
                "fonts/OFL-SourceSansPro.txt", "fonts/OFL-NotoSansSC.txt")) {
            assertThat(loader.getResource(resource)).as(resource).isNotNull();
        }
    }

    @Test
    void keepsTheQuestionMarkForScriptsNoFontCovers() throws IOException {
        // given Devanagari, which neither Source Sans Pro nor Noto Sans SC draws
        byte[] pdf = write(DigestFonts.standard(), "\u0928\u092e\u0938\u094d\u0924\u0947 Beijing");

        // then
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("????? Beijing");
        }
    }

    static byte[] write(DigestFonts fonts, String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A6.rotate(), 24, 24, 24, 24);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(fonts.bold(text, DigestFonts.TITLE, DigestFonts.ACCENT)));
        document.add(new Paragraph(fonts.regular(text, DigestFonts.BODY, DigestFonts.INK)));
        document.close();
        Path sample = Path.of("target", "publish-samples", "cjk-fonts-" + Math.abs(text.hashCode()) + ".pdf");
        Files.createDirectories(sample.getParent());
        Files.write(sample, out.toByteArray());
        return out.toByteArray();
    }

    private static List<PDFont> fonts(PDPage page) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (var name : page.getResources().getFontNames()) {
            fonts.add(page.getResources().getFont(name));
        }
        return fonts;
    }
}
