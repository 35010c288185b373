package org.infradigest.publish.pdf;

import org.infradigest.publish.ChartData;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Draws a {@link ChartData} as vector graphics in the digest's fonts and colours: a line chart (markers at the
 * points, a gap where a value is missing) or grouped bars, with round value ticks, a legend and category labels
 * that never overlap. At most {@link #MAX_SERIES} series are drawn, the first ones given.
 * <p>
 * Three ways to place one: {@link #element} for a document's flow, {@link #image} for an {@link Image} (scalable,
 * or for a table cell), {@link #draw} onto any canvas.
 */
public final class PdfChart {

    /** More lines or bar groups than this cannot be told apart. */
    public static final int MAX_SERIES = 6;

    /** Okabe–Ito colours, safe for the common colour-vision deficiencies, led by the digest's accent blue. */
    static final List<Color> PALETTE = List.of(
            DigestFonts.ACCENT,
            new Color(0xE6, 0x9F, 0x00),
            new Color(0x00, 0x9E, 0x73),
            new Color(0xD5, 0x5E, 0x00),
            new Color(0xCC, 0x79, 0xA7),
            new Color(0x56, 0xB4, 0xE9));

    private static final Color GRID = new Color(0xE3, 0xE7, 0xEC);
    private static final Color AXIS = new Color(0x9A, 0xA5, 0xB1);
    private static final String ELLIPSIS = "\u2026";

    private static final float TITLE_SIZE = DigestFonts.BODY + 0.5f;
    private static final float TEXT_SIZE = DigestFonts.SMALL;
    private static final float LEGEND_LINE = TEXT_SIZE * 1.55f;
    private static final float LABEL_LINE = TEXT_SIZE * 1.2f;
    private static final float ENTRY_GAP = 12f;
    private static final float SWATCH_GAP = 4f;
    private static final float LINE_WIDTH = 1.6f;
    private static final float MARKER_RADIUS = 2.5f;
    /** Above this many points a line carries no markers, or they would merge into a second, thicker line. */
    private static final int MARKER_LIMIT = 30;
    /** Category labels and a value axis need at least this much height. */
    private static final float MIN_PLOT_HEIGHT = 40;

    private final DigestFonts fonts;

    public PdfChart(DigestFonts fonts) {
        this.fonts = Objects.requireNonNull(fonts, "fonts");
    }

    /**
     * The chart as a block of {@code width} × {@code height} points for {@code document.add}: a one-cell table,
     * left-aligned, that is drawn when laid out and moves to the next page whole rather than split.
     */
    public PdfPTable element(ChartData chart, float width, float height) {
        PdfPTable table = new PdfPTable(1);
        table.setTotalWidth(width);
        table.setLockedWidth(true);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setKeepTogether(true);
        PdfPCell cell = new PdfPCell();
        cell.setFixedHeight(height);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setCellEvent((c, position, canvases) -> draw(canvases[PdfPTable.TEXTCANVAS], chart, position));
        table.addCell(cell);
        return table;
    }

    /** The chart as an image of {@code width} × {@code height} points, still vector graphics. */
    public Image image(PdfWriter writer, ChartData chart, float width, float height) {
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        draw(template, chart, new Rectangle(0, 0, width, height));
        try {
            return Image.getInstance(template);
        } catch (BadElementException e) {
            throw new IllegalStateException("cannot wrap the chart template", e);
        }
    }

    /** Draws the chart into {@code box} on {@code canvas}; an empty chart shows its title and "No data". */
    public void draw(PdfContentByte canvas, ChartData chart, Rectangle box) {
        canvas.saveState();
        try {
            new Layout(canvas, chart, box).draw();
        } finally {
            canvas.restoreState();
        }
    }

    /** One drawing: measures, then paints from the top of the box down. */
    private final class Layout {

        private final PdfContentByte canvas;
        private final ChartData chart;
        private final Rectangle box;
        private final List<ChartData.Series> series;
        private final int hiddenSeries;
        private final int categories;

        Layout(PdfContentByte canvas, ChartData chart, Rectangle box) {
            this.canvas = canvas;
            this.chart = chart;
            this.box = box;
            this.series = chart.series().subList(0, Math.min(MAX_SERIES, chart.series().size()));
            this.hiddenSeries = chart.series().size() - series.size();
            this.categories = chart.categories().size();
        }

        void draw() {
            float width = box.getWidth();
            float y = box.getTop();

            // Title, one line.
            y -= TITLE_SIZE;
            text(fonts.bold(fit(chart.title(), width, TITLE_SIZE, true), TITLE_SIZE, DigestFonts.INK),
                    box.getLeft(), y, Element.ALIGN_LEFT);
            y -= TITLE_SIZE * 0.55f;

            if (chart.isEmpty() || series.isEmpty()) {
                Phrase none = fonts.regular("No data", DigestFonts.BODY, DigestFonts.MUTED);
                text(none, box.getLeft() + width / 2, box.getBottom() + (y - box.getBottom()) / 2,
                        Element.ALIGN_CENTER);
                return;
            }

            y = legend(y, width);

            // Unit label above the value axis.
            boolean unit = !chart.unitLabel().isBlank();
            if (unit) {
                y -= TEXT_SIZE + 3;
                text(fonts.regular(fit(chart.unitLabel(), width, TEXT_SIZE, false), TEXT_SIZE, DigestFonts.MUTED),
                        box.getLeft(), y, Element.ALIGN_LEFT);
            }
            float plotTop = y - (unit ? 10 : 11);
            // A box too small for a value axis keeps its title and legend rather than drawing upside down.
            if (plotTop - box.getBottom() >= MIN_PLOT_HEIGHT) {
                plot(plotTop);
            }
        }

        /** Legend entries flowed in at most two lines, names cut with an ellipsis when they would need more. */
        private float legend(float y, float width) {
            List<String> names = new ArrayList<>();
            for (ChartData.Series s : series) {
                boolean noData = s.values().stream().allMatch(Objects::isNull);
                names.add(s.name() + (noData ? " (no data)" : ""));
            }
            String more = hiddenSeries > 0 ? "+" + hiddenSeries + " more" : null;
            float swatch = swatchWidth();
            float moreWidth = more == null ? 0 : width(more, false) + ENTRY_GAP;
            float room = width - moreWidth;
            List<Float> widths = new ArrayList<>();
            for (String name : names) {
                widths.add(swatch + SWATCH_GAP + width(name, false));
            }
            if (lines(widths, room) > 2) {
                int perLine = (names.size() + 1) / 2;
                float cap = (room - (perLine - 1) * ENTRY_GAP) / perLine;
                for (int i = 0; i < names.size(); i++) {
                    names.set(i, fit(names.get(i), cap - swatch - SWATCH_GAP, TEXT_SIZE, false));
                    widths.set(i, Math.min(widths.get(i), swatch + SWATCH_GAP + width(names.get(i), false)));
                }
            }
            float x = box.getLeft();
            y -= LEGEND_LINE;
            for (int i = 0; i < names.size(); i++) {
                if (x > box.getLeft() && x + widths.get(i) > box.getLeft() + room) {
                    x = box.getLeft();
                    y -= LEGEND_LINE;
                }
                swatch(i, x, y + TEXT_SIZE * 0.3f);
                text(fonts.regular(names.get(i), TEXT_SIZE, DigestFonts.INK), x + swatch + SWATCH_GAP, y,
                        Element.ALIGN_LEFT);
                x += widths.get(i) + ENTRY_GAP;
            }
            if (more != null) {
                text(fonts.regular(more, TEXT_SIZE, DigestFonts.MUTED), x, y, Element.ALIGN_LEFT);
            }
            return y - 2;
        }

        private int lines(List<Float> widths, float room) {
            int lines = 1;
            float x = 0;
            for (float w : widths) {
                if (x > 0 && x + w > room) {
                    lines++;
                    x = 0;
                }
                x += w + ENTRY_GAP;
            }
            return lines;
        }

        private float swatchWidth() {
            return chart.kind() == ChartData.Kind.LINE ? 14 : 7;
        }

        private void swatch(int index, float x, float midY) {
            Color color = PALETTE.get(index);
            if (chart.kind() == ChartData.Kind.LINE) {
                canvas.setColorStroke(color);
                canvas.setLineWidth(LINE_WIDTH);
                canvas.setLineCap(PdfContentByte.LINE_CAP_ROUND);
                canvas.moveTo(x, midY);
                canvas.lineTo(x + 14, midY);
                canvas.stroke();
                marker(color, x + 7, midY);
            } else {
                canvas.setColorFill(color);
                canvas.rectangle(x, midY - 3.5f, 7, 7);
                canvas.fill();
            }
        }

        private void plot(float top) {
            float bottom = box.getBottom();
            List<String> labels = chart.categories();
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (ChartData.Series s : series) {
                for (BigDecimal v : s.values()) {
                    if (v != null) {
                        lo = Math.min(lo, v.doubleValue());
                        hi = Math.max(hi, v.doubleValue());
                    }
                }
            }
            boolean fromZero = chart.kind() == ChartData.Kind.BAR || lo <= 0 && hi >= 0
                    || lo > 0 && lo < hi * 0.5 || hi < 0 && hi > lo * 0.5;

            // Category labels take one line, two when bar labels wrap; the value axis takes what is left.
            int labelLines = 1;
            ChartScale scale = null;
            float left = box.getLeft();
            float plotBottom = bottom;
            float band = 0;
            CategoryLabels categoryLabels = null;
            for (int pass = 0; pass < 2; pass++) {
                plotBottom = bottom + labelLines * LABEL_LINE + 5;
                int ticks = (int) Math.max(3, Math.min(6, Math.floor((top - plotBottom) / 26) + 1));
                scale = ChartScale.of(lo, hi, fromZero, ticks, chart.percent());
                float tickWidth = 0;
                for (double tick : scale.ticks()) {
                    tickWidth = Math.max(tickWidth, width(scale.label(tick), false));
                }
                left = box.getLeft() + tickWidth + 6;
                band = (box.getRight() - left) / categories;
                categoryLabels = categoryLabels(labels, band);
                if (categoryLabels.lines() == labelLines) {
                    break;
                }
                labelLines = categoryLabels.lines();
            }
            float right = box.getRight();
            float height = top - plotBottom;

            // Grid and value ticks.
            canvas.setLineCap(PdfContentByte.LINE_CAP_BUTT);
            for (double tick : scale.ticks()) {
                float ty = plotBottom + (float) scale.fraction(tick) * height;
                canvas.setColorStroke(tick == 0 && scale.min() < 0 ? AXIS : GRID);
                canvas.setLineWidth(tick == 0 && scale.min() < 0 ? 0.75f : 0.5f);
                canvas.moveTo(left, ty);
                canvas.lineTo(right, ty);
                canvas.stroke();
                text(fonts.regular(scale.label(tick), TEXT_SIZE, DigestFonts.MUTED), left - 5,
                        ty - TEXT_SIZE * 0.33f, Element.ALIGN_RIGHT);
            }
            // Baseline along the bottom.
            canvas.setColorStroke(AXIS);
            canvas.setLineWidth(0.75f);
            canvas.moveTo(left, plotBottom);
            canvas.lineTo(right, plotBottom);
            canvas.stroke();

            // Category labels and tick marks; a label pushed inwards at the edge must not overlap its neighbour.
            List<Integer> shown = new ArrayList<>();
            List<Float> centres = new ArrayList<>();
            List<Float> halves = new ArrayList<>();
            for (int i = 0; i < categories; i++) {
                List<String> lines = categoryLabels.text().get(i);
                if (lines.isEmpty()) {
                    continue;
                }
                float half = 0;
                for (String line : lines) {
                    half = Math.max(half, width(line, false) / 2);
                }
                float cx = left + band * (i + 0.5f);
                float x = Math.max(box.getLeft() + half, Math.min(box.getRight() - half, cx));
                while (!shown.isEmpty() && x - half < centres.getLast() + halves.getLast() + 4) {
                    if (i < categories - 1 || shown.size() == 1) {
                        break;
                    }
                    shown.removeLast();
                    centres.removeLast();
                    halves.removeLast();
                }
                if (!shown.isEmpty() && x - half < centres.getLast() + halves.getLast() + 4) {
                    continue;
                }
                shown.add(i);
                centres.add(x);
                halves.add(half);
            }
            for (int k = 0; k < shown.size(); k++) {
                int i = shown.get(k);
                float cx = left + band * (i + 0.5f);
                canvas.setColorStroke(AXIS);
                canvas.setLineWidth(0.5f);
                canvas.moveTo(cx, plotBottom);
                canvas.lineTo(cx, plotBottom - 3);
                canvas.stroke();
                float ly = plotBottom - 4 - TEXT_SIZE * 0.85f;
                for (String line : categoryLabels.text().get(i)) {
                    text(fonts.regular(line, TEXT_SIZE, DigestFonts.MUTED), centres.get(k), ly, Element.ALIGN_CENTER);
                    ly -= LABEL_LINE;
                }
            }

            if (chart.kind() == ChartData.Kind.BAR) {
                bars(scale, left, plotBottom, height, band);
            } else {
                lines(scale, left, plotBottom, height, band);
            }
        }

        private void bars(ChartScale scale, float left, float plotBottom, float height, float band) {
            float group = band * (series.size() == 1 ? 0.6f : 0.78f);
            float bar = Math.min(group / series.size(), 28);
            float gap = series.size() > 1 && bar > 6 ? 1f : 0f;
            float zero = plotBottom + (float) scale.fraction(Math.max(scale.min(), Math.min(scale.max(), 0))) * height;
            for (int c = 0; c < categories; c++) {
                float start = left + band * (c + 0.5f) - bar * series.size() / 2;
                for (int s = 0; s < series.size(); s++) {
                    BigDecimal v = series.get(s).values().get(c);
                    if (v == null) {
                        continue;
                    }
                    float vy = plotBottom + (float) scale.fraction(v.doubleValue()) * height;
                    float x = start + s * bar;
                    canvas.setColorFill(PALETTE.get(s));
                    canvas.rectangle(x + gap / 2, Math.min(zero, vy), bar - gap, Math.abs(vy - zero));
                    canvas.fill();
                }
            }
        }

        private void lines(ChartScale scale, float left, float plotBottom, float height, float band) {
            canvas.setLineJoin(PdfContentByte.LINE_JOIN_ROUND);
            canvas.setLineCap(PdfContentByte.LINE_CAP_ROUND);
            for (int s = 0; s < series.size(); s++) {
                List<BigDecimal> values = series.get(s).values();
                Color color = PALETTE.get(s);
                float[] xs = new float[categories];
                float[] ys = new float[categories];
                for (int c = 0; c < categories; c++) {
                    xs[c] = left + band * (c + 0.5f);
                    ys[c] = values.get(c) == null ? Float.NaN
                            : plotBottom + (float) scale.fraction(values.get(c).doubleValue()) * height;
                }
                canvas.setColorStroke(color);
                canvas.setLineWidth(LINE_WIDTH);
                boolean open = false;
                for (int c = 0; c < categories; c++) {
                    if (Float.isNaN(ys[c])) {
                        open = false;
                        continue;
                    }
                    if (open) {
                        canvas.lineTo(xs[c], ys[c]);
                    } else {
                        canvas.moveTo(xs[c], ys[c]);
                    }
                    open = true;
                }
                canvas.stroke();
                long points = values.stream().filter(Objects::nonNull).count();
                for (int c = 0; c < categories; c++) {
                    if (Float.isNaN(ys[c])) {
                        continue;
                    }
                    boolean isolated = (c == 0 || Float.isNaN(ys[c - 1]))
                            && (c == categories - 1 || Float.isNaN(ys[c + 1]));
                    if (points <= MARKER_LIMIT || isolated) {
                        marker(color, xs[c], ys[c]);
                    }
                }
            }
        }

        private void marker(Color color, float x, float y) {
            canvas.setColorFill(color);
            canvas.setColorStroke(Color.WHITE);
            canvas.setLineWidth(0.8f);
            canvas.circle(x, y, MARKER_RADIUS);
            canvas.fillStroke();
        }

        /**
         * Labels that fit their room: line charts (periods) show every k-th label and the last; bar charts with
         * room wrap a label over two lines; whatever is still too long ends with an ellipsis.
         */
        private CategoryLabels categoryLabels(List<String> labels, float band) {
            List<List<String>> text = new ArrayList<>();
            float widest = 0;
            for (String label : labels) {
                widest = Math.max(widest, width(label, false));
            }
            boolean thin = chart.kind() == ChartData.Kind.LINE || band < 28;
            if (thin) {
                int every = Math.max(1, (int) Math.ceil((Math.min(widest, 90) + 6) / band));
                int last = labels.size() - 1;
                for (int i = 0; i < labels.size(); i++) {
                    boolean shown = i % every == 0 && (i == last || last - i >= every);
                    text.add(shown || i == last
                            ? List.of(fit(labels.get(i), band * every - 6, TEXT_SIZE, false)) : List.of());
                }
                return new CategoryLabels(text, 1);
            }
            int lines = 1;
            float room = band - 4;
            for (String label : labels) {
                if (width(label, false) <= room) {
                    text.add(List.of(label));
                    continue;
                }
                int cut = label.lastIndexOf(' ', label.length() / 2 + label.length() / 4);
                List<String> wrapped = cut > 0
                        ? List.of(fit(label.substring(0, cut), room, TEXT_SIZE, false),
                        fit(label.substring(cut + 1), room, TEXT_SIZE, false))
                        : List.of(fit(label, room, TEXT_SIZE, false));
                lines = Math.max(lines, wrapped.size());
                text.add(wrapped);
            }
            return new CategoryLabels(text, lines);
        }

        private void text(Phrase phrase, float x, float y, int align) {
            ColumnText.showTextAligned(canvas, align, phrase, x, y, 0);
        }
    }

    private record CategoryLabels(List<List<String>> text, int lines) {
    }

    /** {@code text} as it fits {@code room} points, cut with an ellipsis if need be. */
    private String fit(String text, float room, float size, boolean bold) {
        String clean = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (width(clean, size, bold) <= room) {
            return clean;
        }
        int[] cps = clean.codePoints().toArray();
        for (int n = cps.length - 1; n > 0; n--) {
            String head = new String(cps, 0, n).stripTrailing() + ELLIPSIS;
            if (width(head, size, bold) <= room) {
                return head;
            }
        }
        return ELLIPSIS;
    }

    private float width(String text, boolean bold) {
        return width(text, TEXT_SIZE, bold);
    }

    /** Width of text as the digest prints it, each character in the font that has it. */
    private float width(String text, float size, boolean bold) {
        Phrase phrase = bold ? fonts.bold(text, size, DigestFonts.INK) : fonts.regular(text, size, DigestFonts.INK);
        float width = 0;
        for (Element element : phrase) {
            if (element instanceof Chunk chunk) {
                width += chunk.getWidthPoint();
            }
        }
        return width;
    }
}
