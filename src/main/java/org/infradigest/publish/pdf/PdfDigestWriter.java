package org.infradigest.publish.pdf;

import org.infradigest.publish.ChangeSelection;
import org.infradigest.publish.ChartData;
import org.infradigest.publish.ChartSelection;
import org.infradigest.publish.DigestModel;
import org.infradigest.publish.FigureChange;
import org.infradigest.publish.FigureFormat;
import org.infradigest.publish.FigureWalk;
import org.infradigest.publish.KeyFigure;
import org.infradigest.publish.KeyFigureSelection;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes digest.pdf for managers: key figures with their change, charts, what changed since the previous run,
 * operators and initiatives, notable statements, conflicts to look at, foreign licences and sources, on at most
 * three A4 pages. Every section reads its rows in one bounded pass (or takes the first few), so the digest
 * costs the same on a million facts as on ten. Each section is capped; if a digest still runs long
 * (very long names or quotes), it is laid out again with tighter caps until it fits.
 */
public final class PdfDigestWriter {

    private static final Logger LOG = LoggerFactory.getLogger(PdfDigestWriter.class);

    /** The most pages a digest may have. */
    public static final int MAX_PAGES = 3;

    /** Room a section needs to start: spacing, its heading and a two-line first entry, with a margin. */
    private static final float MIN_SECTION_START = 80f;

    /** Height of the charts row in points: readable axes, yet the key figures and charts share page one. */
    private static final float CHART_HEIGHT = 170f;

    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final DigestFonts fonts;
    private final KeyFigureSelection keyFigures;
    private final ChangeSelection changes;
    private final ChartSelection charts;
    private final List<SectionLimits> layouts;

    public PdfDigestWriter() {
        this(DigestFonts.standard(), KeyFigureSelection.standard());
    }

    public PdfDigestWriter(DigestFonts fonts, KeyFigureSelection keyFigures) {
        this(fonts, keyFigures, SectionLimits.roomyToTerse());
    }

    /** @param layouts the section limits to try, roomiest first, until the digest fits */
    PdfDigestWriter(DigestFonts fonts, KeyFigureSelection keyFigures, List<SectionLimits> layouts) {
        this.layouts = List.copyOf(layouts);
        this.fonts = fonts;
        this.keyFigures = keyFigures;
        this.changes = new ChangeSelection(keyFigures);
        this.charts = new ChartSelection(keyFigures);
    }

    /** Writes the digest to {@code out}; does not close it. */
    public void write(DigestModel model, OutputStream out) throws IOException {
        Selections selections = select(model, layouts);
        byte[] pdf = null;
        int pages = 0;
        for (SectionLimits limits : layouts) {
            // The digest is a few kilobytes, so laying it out in memory first costs nothing.
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            pages = render(model, limits, selections, buffer);
            pdf = buffer.toByteArray();
            if (pages <= MAX_PAGES) {
                break;
            }
        }
        if (pages > MAX_PAGES) {
            LOG.warn("digest.pdf for {} has {} pages even with the tersest section limits", model.runDate(), pages);
        }
        out.write(pdf);
    }

    /**
     * The key figures, changes and charts of every layout, from one walk of the figures: each walk is a query
     * over the whole figure table (a second or so on a night of 200,000 figures), and a layout that does not fit
     * must not walk them again.
     */
    private Selections select(DigestModel model, List<SectionLimits> layouts) {
        Map<Integer, FigureWalk<List<KeyFigure>>> keyFigureWalks = new HashMap<>();
        Map<Integer, FigureWalk<List<FigureChange>>> changeWalks = new HashMap<>();
        for (SectionLimits limits : layouts) {
            keyFigureWalks.computeIfAbsent(limits.keyFigures(), n -> keyFigures.walk(model, n));
            changeWalks.computeIfAbsent(limits.changes(), n -> changes.walk(model, n));
        }
        FigureWalk<List<ChartData>> chartWalk = charts.walk(model, 2);
        List<FigureWalk<?>> walks = new ArrayList<>(keyFigureWalks.values());
        walks.addAll(changeWalks.values());
        walks.add(chartWalk);
        model.figures().forEach(figure -> walks.forEach(walk -> walk.accept(figure)));
        Map<Integer, List<KeyFigure>> keyFiguresByLimit = new HashMap<>();
        keyFigureWalks.forEach((n, walk) -> keyFiguresByLimit.put(n, walk.result()));
        Map<Integer, List<FigureChange>> changesByLimit = new HashMap<>();
        changeWalks.forEach((n, walk) -> changesByLimit.put(n, walk.result()));
        return new Selections(keyFiguresByLimit, changesByLimit, pdfCharts(chartWalk.result()));
    }

    /** What {@link #select} found, by the limit asked for. */
    private record Selections(Map<Integer, List<KeyFigure>> keyFigures, Map<Integer, List<FigureChange>> changes,
                              List<ChartData> charts) {
    }

    private int render(DigestModel model, SectionLimits limits, Selections selections, OutputStream out) {
        Document document = new Document(PageSize.A4, 46, 46, 56, 50);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        PageDecoration decoration = new PageDecoration(fonts, "Digest of " + model.runDate());
        writer.setPageEvent(decoration);
        describe(document, model);
        document.open();
        stampDates(writer, model);

        DigestSections sections = new DigestSections(fonts, limits);
        title(model).forEach(document::add);
        List<KeyFigure> figures = selections.keyFigures().get(limits.keyFigures());
        document.add(sections.heading("Key figures"));
        if (figures.isEmpty()) {
            document.add(sections.note("None in this run."));
        } else {
            document.add(new KeyFiguresTable(fonts, limits.cellChars()).build(figures));
            document.add(sections.note("Figure of record for the latest period; change against the period before. "
                    + "\"new\" marks figures first reported in this run."));
        }
        List<ChartData> shown = selections.charts();
        if (!shown.isEmpty() && limits.charts()) {
            add(document, writer, sections.heading("Trends"), List.of(chartRow(shown)));
        }
        add(document, writer, sections.heading("What changed since the last run"),
                sections.changes(model, selections.changes().get(limits.changes())));
        add(document, writer, sections.heading("Operators and initiatives"), sections.initiatives(model));
        add(document, writer, sections.heading("Notable statements"), sections.statements(model));
        add(document, writer, sections.heading("Conflicts to look at"), sections.conflicts(model));
        add(document, writer, sections.heading("Foreign licences"), sections.licences(model));
        add(document, writer, sections.heading("Sources"), sections.sources(model));
        document.close();
        return decoration.pages();
    }

    /** The main metric's trend and the figures by operator; without an operator chart, the two main trends. */
    private static List<ChartData> pdfCharts(List<ChartData> all) {
        List<ChartData> trends = all.stream().filter(c -> c.kind() == ChartData.Kind.LINE).toList();
        List<ChartData> bars = all.stream().filter(c -> c.kind() == ChartData.Kind.BAR).toList();
        List<ChartData> shown = new ArrayList<>();
        trends.stream().limit(bars.isEmpty() ? 2 : 1).forEach(shown::add);
        bars.stream().limit(1).forEach(shown::add);
        return shown;
    }

    /** Charts side by side across the text width, each drawn as vector graphics into its cell. */
    private PdfPTable chartRow(List<ChartData> shown) {
        PdfChart pdfChart = new PdfChart(fonts);
        PdfPTable row = new PdfPTable(shown.size());
        row.setWidthPercentage(100);
        row.setSpacingBefore(4);
        row.setKeepTogether(true);
        for (ChartData chart : shown) {
            PdfPCell cell = new PdfPCell();
            cell.setFixedHeight(CHART_HEIGHT);
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setCellEvent((c, position, canvases) -> pdfChart.draw(canvases[PdfPTable.TEXTCANVAS], chart,
                    new Rectangle(position.getLeft() + 2, position.getBottom(), position.getRight() - 8,
                            position.getTop())));
            row.addCell(cell);
        }
        return row;
    }

    private List<Paragraph> title(DigestModel model) {
        Paragraph title = new Paragraph(fonts.bold("InfraDigest", DigestFonts.TITLE, DigestFonts.INK));
        title.setLeading(DigestFonts.TITLE * 1.15f);
        Paragraph subtitle = new Paragraph(fonts.regular("Digital infrastructure digest of " + model.runDate()
                        + "  \u00B7  " + count(model.totals().sources(), "source") + ", "
                        + count(model.totals().facts(), "fact")
                        + "  \u00B7  generated " + GENERATED.format(model.generatedAt().atZone(ZoneOffset.UTC)),
                DigestFonts.BODY, DigestFonts.MUTED));
        subtitle.setLeading(DigestFonts.BODY * 1.3f);
        subtitle.setSpacingBefore(1);
        return List.of(title, subtitle);
    }

    private static String count(long n, String noun) {
        return FigureFormat.grouped(BigDecimal.valueOf(n)) + " " + noun + (n == 1 ? "" : "s");
    }

    /** Adds a section, starting a new page first when only its heading would fit on this one. */
    private static void add(Document document, PdfWriter writer, Paragraph heading, List<Element> body) {
        if (writer.getVerticalPosition(true) - document.bottom() < MIN_SECTION_START) {
            document.newPage();
        }
        document.add(heading);
        body.forEach(document::add);
    }

    private static void describe(Document document, DigestModel model) {
        document.addTitle("InfraDigest " + model.runDate());
        document.addSubject("Digital infrastructure digest for the run of " + model.runDate());
        document.addAuthor("InfraDigest");
        document.addCreator("InfraDigest");
    }

    /** The run's time, not the wall clock: OpenPDF stamps "now" when the document opens, so it is replaced here. */
    private static void stampDates(PdfWriter writer, DigestModel model) {
        Calendar created = GregorianCalendar.from(model.generatedAt().atZone(ZoneOffset.UTC));
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(created));
        writer.getInfo().put(PdfName.MODDATE, new PdfDate(created));
    }
}
