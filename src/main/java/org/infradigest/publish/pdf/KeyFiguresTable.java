package org.infradigest.publish.pdf;

import org.infradigest.publish.FigureFormat;
import org.infradigest.publish.KeyFigure;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

import java.awt.Color;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The key figures table: metric, value (right-aligned, qualified), unit, where (region and operator), period,
 * and the change since the period before.
 */
final class KeyFiguresTable {

    private static final Color HEADER_FILL = new Color(0xE4, 0xEC, 0xF5);
    private static final Color RULE = new Color(0xC8, 0xD0, 0xDA);
    private static final Color UP = new Color(0x1B, 0x7F, 0x4B);
    private static final Color DOWN = new Color(0xB0, 0x3A, 0x2E);
    private static final String[] HEADERS = {"Metric", "Value", "Unit", "Where", "Period", "Change"};
    private static final float[] WIDTHS = {25, 18, 13, 19, 11, 14};

    private final DigestFonts fonts;
    private final int cellChars;

    KeyFiguresTable(DigestFonts fonts, int cellChars) {
        this.fonts = fonts;
        this.cellChars = cellChars;
    }

    PdfPTable build(List<KeyFigure> figures) {
        String[] headers = HEADERS;
        PdfPTable table = new PdfPTable(WIDTHS);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        for (int i = 0; i < headers.length; i++) {
            PdfPCell cell = cell(fonts.bold(headers[i], DigestFonts.BODY, DigestFonts.INK), i == 1 || i == 5);
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
            table.addCell(plain(FigureFormat.where(k.region(), k.operator())));
            // A window reads better as "2024-01 to 2024-06" than with a slash.
            table.addCell(plain(k.period() == null ? "" : k.period().replace("/", " to ")));
            table.addCell(cell(change(k), true));
        }
        return table;
    }

    /** "+12.3%" against the period before, with that period below; or what the last run showed. */
    private Phrase change(KeyFigure k) {
        Phrase phrase = new Phrase();
        BigDecimal delta = k.delta();
        if (delta != null) {
            BigDecimal pct = k.deltaPercent();
            String shown = k.percent() || pct == null
                    ? signed(delta) + (k.percent() ? " pt" : "")
                    : signed(pct.setScale(1, RoundingMode.HALF_UP)) + "%";
            Color colour = delta.signum() > 0 ? UP : delta.signum() < 0 ? DOWN : DigestFonts.MUTED;
            phrase.add(fonts.bold(shown, DigestFonts.BODY, colour));
            phrase.add(fonts.regular("\nvs " + k.previousPeriod(), DigestFonts.SMALL, DigestFonts.MUTED));
        }
        if (k.changedSinceLastRun()) {
            phrase.add(fonts.regular((delta == null ? "" : "\n") + "was " + FigureFormat.grouped(k.lastRunValue())
                    + (k.percent() ? "%" : "") + " last run", DigestFonts.SMALL, DigestFonts.MUTED));
        }
        if (phrase.isEmpty()) {
            phrase.add(fonts.regular("\u2013", DigestFonts.BODY, DigestFonts.MUTED));
        }
        return phrase;
    }

    private static String signed(BigDecimal value) {
        return (value.signum() > 0 ? "+" : value.signum() < 0 ? "\u2212" : "")
                + FigureFormat.grouped(value.abs());
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
