package org.infradigest.publish.excel;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.infradigest.concurrent.SideTask;
import org.infradigest.publish.ChangeSelection;
import org.infradigest.publish.ChartData;
import org.infradigest.publish.ChartSelection;
import org.infradigest.publish.DigestModel;
import org.infradigest.publish.FigureChange;
import org.infradigest.publish.FigureWalk;
import org.infradigest.publish.KeyFigure;
import org.infradigest.publish.KeyFigureSelection;
import org.infradigest.publish.excel.streaming.StreamingWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Writes digest.xlsx for analysts: Summary, Charts, Facts, Figures, Operators, Licences, Initiatives, Statements,
 * Sources, Conflicts, Rejects and Runs sheets, each a filterable table with a frozen header. Uses POI's streaming
 * workbook, so memory stays bounded by a window of rows whatever the number of facts; its temporary files are
 * removed after.
 */
public final class ExcelDigestWriter {

    /** Rows kept in memory per sheet before flushing to a temporary file. */
    static final int WINDOW = SheetTable.SAMPLE_ROWS;

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
            // One walk of the figures for the three selections: each walk is a query over every figure.
            FigureWalk<List<KeyFigure>> keyFigureWalk = keyFigures.walk(model, SummarySheet.KEY_FIGURES);
            FigureWalk<List<FigureChange>> changeWalk = changes.walk(model, SummarySheet.CHANGES);
            FigureWalk<List<ChartData>> chartWalk = charts.walk(model, TREND_CHARTS);
            model.figures().forEach(keyFigureWalk.andThen(changeWalk).andThen(chartWalk));
            SummarySheet.write(workbook, styles, model, keyFigureWalk.result(), changeWalk.result());
            ChartsSheet.write(workbook, styles, chartWalk.result());
            SheetTable facts = FactsSheet.start(workbook, styles);
            // The Facts sheet, about half of the workbook's rows, is filled on a thread of its own while this one
            // writes the sheets after it (SheetTable: each table's rows are its own).
            AtomicBoolean abandoned = new AtomicBoolean();
            try (SideTask<Void> factsFilled = SideTask.start("publish-facts-sheet", () -> {
                FactsSheet.fill(facts, model, abandoned::get);
                return null;
            })) {
                try {
                    List<Runnable> sheets = List.of(
                            () -> ReconcileSheets.figures(workbook, styles, model),
                            () -> ListSheets.operators(workbook, styles, model),
                            () -> ListSheets.licences(workbook, styles, model),
                            () -> ListSheets.initiatives(workbook, styles, model),
                            () -> ListSheets.statements(workbook, styles, model),
                            () -> ListSheets.sources(workbook, styles, model),
                            () -> ReconcileSheets.conflicts(workbook, styles, model),
                            () -> ListSheets.rejects(workbook, styles, model),
                            () -> RunsSheet.write(workbook, styles, model));
                    for (Runnable sheet : sheets) {
                        sheet.run();
                        if (factsFilled.isDone()) {
                            factsFilled.join(); // a failure ends the workbook now
                        }
                    }
                } catch (IOException | RuntimeException | Error e) {
                    abandoned.set(true);
                    throw e;
                }
                factsFilled.join();
            }
            facts.finish();
            describe(workbook, model);
            workbook.write(out);
        } finally {
            // dispose() deletes the temp files of flushed rows even when writing failed half-way.
            workbook.dispose();
            workbook.close();
        }
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
