package org.infradigest.publish.excel;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.infradigest.publish.ChangeSelection;
import org.infradigest.publish.ChartData;
import org.infradigest.publish.ChartSelection;
import org.infradigest.publish.DigestFigure;
import org.infradigest.publish.DigestModel;
import org.infradigest.publish.FigureChange;
import org.infradigest.publish.FigureWalk;
import org.infradigest.publish.KeyFigure;
import org.infradigest.publish.KeyFigureSelection;
import org.infradigest.publish.TeeRows;
import org.infradigest.publish.excel.streaming.StreamingWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Date;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Writes digest.xlsx for analysts: Summary, Charts, Facts, Figures, Operators, Licences, Initiatives, Statements,
 * Sources, Conflicts, Rejects and Runs sheets, each a filterable table with a frozen header. Uses POI's streaming
 * workbook, so memory stays bounded by a window of rows whatever the number of facts; its temporary files are
 * removed after.
 */
public final class ExcelDigestWriter {

    /** Rows kept in memory per sheet before flushing to a temporary file. */
    static final int WINDOW = SheetTable.SAMPLE_ROWS;

    /**
     * The tables that usually hold the most rows, largest first: filled first, so that the two threads filling
     * tables end about together. The Facts sheet alone is about half of the workbook's rows.
     */
    private static final List<String> LARGEST_FIRST =
            List.of("Facts", "Conflicts", ReconcileSheets.FIGURES, "Sources", "Statements", "Operators");

    /** Trend charts on the Charts sheet, one per main metric, before the by-operator chart. */
    static final int TREND_CHARTS = 6;

    private final KeyFigureSelection keyFigures;
    private final ChangeSelection changes;
    private final ChartSelection charts;

    public ExcelDigestWriter() {
        this(KeyFigureSelection.standard());
    }

    public ExcelDigestWriter(KeyFigureSelection keyFigures) {
        this.keyFigures = keyFigures;
        this.changes = new ChangeSelection(keyFigures);
        this.charts = new ChartSelection(keyFigures);
    }

    /** Writes the workbook to {@code out}; does not close it. */
    public void write(DigestModel model, OutputStream out) throws IOException {
        // Rows are compressed on all cores as they are written, and copied into the file as they are.
        SXSSFWorkbook workbook = new StreamingWorkbook(WINDOW);
        try {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            // Every sheet is made first, in the documented order; then the tables are filled largest first on two
            // threads (SheetFills). Summary and Charts are written once the Figures table's walk of the figures has
            // also made their selections: each walk is a query over every figure.
            SheetTable summary = SummarySheet.start(workbook, styles);
            SXSSFSheet chartSheet = ChartsSheet.start(workbook);
            FigureWalk<List<KeyFigure>> keyFigureWalk = keyFigures.walk(model, SummarySheet.KEY_FIGURES);
            FigureWalk<List<FigureChange>> changeWalk = changes.walk(model, SummarySheet.CHANGES);
            FigureWalk<List<ChartData>> chartWalk = charts.walk(model, TREND_CHARTS);
            TeeRows<DigestFigure> figures = new TeeRows<>(model.figures(),
                    keyFigureWalk.andThen(changeWalk).andThen(chartWalk));
            List<TableSheet<?>> tables = List.of(FactsSheet.of(model), ReconcileSheets.figures(model, figures),
                    ListSheets.operators(model), ListSheets.licences(model), ListSheets.initiatives(model),
                    ListSheets.statements(model), ListSheets.sources(model), ReconcileSheets.conflicts(model),
                    ListSheets.rejects(model), RunsSheet.of(model));
            List<TableSheet<?>.Filling> largestFirst = new ArrayList<>();
            for (TableSheet<?> table : tables) {
                largestFirst.add(table.start(workbook, styles));
            }
            largestFirst.sort(Comparator.comparingInt(filling -> usualSizeRank(filling.sheet())));
            List<SheetFills.SheetFill> fills = new ArrayList<>();
            for (TableSheet<?>.Filling filling : largestFirst) {
                fills.add(!filling.sheet().equals(ReconcileSheets.FIGURES) ? filling : abandoned -> {
                    filling.fill(abandoned); // walks the figures, and so makes the selections too
                    SummarySheet.fill(summary, model, keyFigureWalk.result(), changeWalk.result());
                    ChartsSheet.draw(workbook, styles, chartSheet, chartWalk.result());
                });
            }
            SheetFills.fill(fills);
            describe(workbook, model);
            workbook.write(out);
        } finally {
            // dispose() deletes the temp files of flushed rows even when writing failed half-way.
            workbook.dispose();
            workbook.close();
        }
    }

    /** Where a table comes among those that usually hold the most rows; the rest after them, in sheet order. */
    private static int usualSizeRank(String sheet) {
        int rank = LARGEST_FIRST.indexOf(sheet);
        return rank < 0 ? LARGEST_FIRST.size() : rank;
    }

    private static void describe(SXSSFWorkbook workbook, DigestModel model) {
        POIXMLProperties.CoreProperties core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        core.setTitle("InfraDigest " + model.runDate());
        core.setSubjectProperty("Digital infrastructure facts for the run of " + model.runDate());
        core.setCreator("InfraDigest");
        core.setCreated(Optional.of(Date.from(model.generatedAt())));
        workbook.getXSSFWorkbook().getProperties().getExtendedProperties().setApplication("InfraDigest");
    }
}
