package org.infradigest.publish.pdf;

import org.infradigest.publish.KeyFigure;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

import java.awt.Color;
import java.util.List;

/** The key figures table: metric, value (right-aligned, qualified), unit, region, operator, period. */
final class KeyFiguresTable {

    private static final Color HEADER_FILL = new Color(0xE4, 0xEC, 0xF5);
    private static final Color RULE = new Color(0xC8, 0xD0, 0xDA);
    private static final String[] HEADERS = {"Metric", "Value", "Unit", "Region", "Operator", "Period"};
    private static final float[] WIDTHS = {27, 17, 16, 12, 14, 14};
    /** Without operators (a run of regional totals) the metric gets the operator column's room. */
    private static final String[] HEADERS_NO_OPERATOR = {"Metric", "Value", "Unit", "Region", "Period"};
    private static final float[] WIDTHS_NO_OPERATOR = {37, 18, 17, 14, 14};

    private final DigestFonts fonts;
    private final int cellChars;

    KeyFiguresTable(DigestFonts fonts, int cellChars) {
        this.fonts = fonts;
        this.cellChars = cellChars;
    }

    PdfPTable build(List<KeyFigure> figures) {
        boolean operators = figures.stream().anyMatch(k -> k.operator() != null && !k.operator().isBlank());
        String[] headers = operators ? HEADERS : HEADERS_NO_OPERATOR;
        PdfPTable table = new PdfPTable(operators ? WIDTHS : WIDTHS_NO_OPERATOR);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        for (int i = 0; i < headers.length; i++) {
            PdfPCell cell = cell(fonts.bold(headers[i], DigestFonts.BODY, DigestFonts.INK), i == 1);
            cell.setBackgroundColor(HEADER_FILL);
            table.addCell(cell);
        }
        for (KeyFigure k : figures) {
            Phrase metric = fonts.regular(text(label(k)), DigestFonts.BODY, DigestFonts.INK);
            if (k.isNew()) {
                metric.add(fonts.bold("  new", DigestFonts.SMALL, DigestFonts.ACCENT));
            }
            table.addCell(cell(metric, false));
            table.addCell(cell(fonts.bold(text(k.display()), DigestFonts.BODY, DigestFonts.INK), true));
            table.addCell(plain(k.unitLabel()));
            table.addCell(plain(k.region()));
            if (operators) {
                table.addCell(plain(k.operator()));
            }
            // A window reads better as "2024-01 to 2024-06" than with a slash.
            table.addCell(plain(k.period() == null ? "" : k.period().replace("/", " to ")));
        }
        return table;
    }

    /** A metric the lexicon has no label for shows its key; without underscores it can wrap between words. */
    private static String label(KeyFigure k) {
        String label = k.metric().label();
        return label.equals(k.metric().key()) ? label.replace('_', ' ') : label;
    }

    private PdfPCell plain(String text) {
        return cell(fonts.regular(text(text), DigestFonts.BODY, DigestFonts.INK), false);
    }

    private String text(String text) {
        return Ellipsis.shorten(text, cellChars);
    }

    private static PdfPCell cell(Phrase phrase, boolean number) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setHorizontalAlignment(number ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        cell.setPaddingTop(2.5f);
        cell.setPaddingBottom(4f);
        cell.setPaddingLeft(3f);
        cell.setPaddingRight(3f);
        cell.setUseAscender(true);
        return cell;
    }
}
