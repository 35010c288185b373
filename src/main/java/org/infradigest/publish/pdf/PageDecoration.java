package org.infradigest.publish.pdf;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Draws the running header (product and run date) and footer ("Page N of M") on every page. The total
 * is unknown until the end, so each footer refers to one shared template filled in when the document closes.
 */
final class PageDecoration extends PdfPageEventHelper {

    private final DigestFonts fonts;
    private final String runLabel;
    private PdfTemplate total;
    private int pages;

    PageDecoration(DigestFonts fonts, String runLabel) {
        this.fonts = fonts;
        this.runLabel = runLabel;
    }

    /** Pages written, known once the document is closed. */
    int pages() {
        return pages;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(30, 12);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        Rectangle page = document.getPageSize();
        float left = document.left();
        float right = document.right();
        float headerY = page.getTop() - 28;
        float footerY = 24;

        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                phrase("InfraDigest"), left, headerY, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                phrase(runLabel), right, headerY, 0);
        canvas.saveState();
        canvas.setColorStroke(DigestFonts.MUTED);
        canvas.setLineWidth(0.4f);
        canvas.moveTo(left, headerY - 5);
        canvas.lineTo(right, headerY - 5);
        canvas.moveTo(left, footerY + 11);
        canvas.lineTo(right, footerY + 11);
        canvas.stroke();
        canvas.restoreState();

        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, phrase(runLabel), left, footerY, 0);
        String pageText = "Page " + writer.getPageNumber() + " of ";
        float width = fonts.width(pageText, DigestFonts.SMALL);
        float totalX = right - 14;
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, phrase(pageText), totalX - width, footerY, 0);
        canvas.addTemplate(total, totalX, footerY);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        // At close the writer has already moved past the last page.
        pages = writer.getPageNumber() - 1;
        ColumnText.showTextAligned(total, Element.ALIGN_LEFT, phrase(String.valueOf(pages)), 0, 0, 0);
    }

    private Phrase phrase(String text) {
        return fonts.regular(text, DigestFonts.SMALL, DigestFonts.MUTED);
    }
}
