package org.infradigest.publish.excel;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.infradigest.publish.DigestModel;
import org.infradigest.publish.DigestTotals;
import org.infradigest.publish.FigureChange;
import org.infradigest.publish.FigureFormat;
import org.infradigest.publish.KeyFigure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The first sheet: what the run read and found, the key figures with the period before and the change, what
 * is new or changed since the previous run, and the counts of everything else, as one filterable table
 * (section, item, value, ...) so it behaves like every other sheet.
 */
final class SummarySheet {

    /** Key figures listed in the summary; the Figures sheet has them all. */
    static final int KEY_FIGURES = 30;

    /** Changed or new figures listed; the Figures sheet flags them all. */
    static final int CHANGES = 20;

    private static final List<Column> COLUMNS = List.of(
            Column.text("Section"), Column.text("Item"), Column.number("Value"), Column.text("Qualifier"),
            Column.text("Unit"),
            Column.text("Where"), Column.text("Period"), Column.number("Previous"), Column.text("Previous period"),
            Column.number("Change"), Column.number("Change %"), Column.text("Since last run"),
            Column.number("Sources"));

    private SummarySheet() {
    }

    /** Makes the sheet, first of the workbook's; its rows come later ({@link #fill}), once the figures are walked. */
    static SheetTable start(SXSSFWorkbook workbook, WorkbookStyles styles) {
        return new SheetTable(workbook, "Summary", styles, COLUMNS);
    }

    /** The run, its inputs and facts, the key figures, what changed since the last run, and the counts. */
    static void fill(SheetTable table, DigestModel model, List<KeyFigure> keyFigures, List<FigureChange> changes) {
        DigestTotals totals = model.totals();
        table.add("Run", "Run date", model.runDate());
        table.add("Run", "Generated at (UTC)", LocalDateTime.ofInstant(model.generatedAt(), ZoneOffset.UTC));

        table.add("Input", "Sources read", totals.sources());
        table.add("Input", "Articles read", totals.articles());
        table.add("Input", "Statistics files read", totals.statisticsFiles());
        totals.sourcesByFormat().forEach((format, count) -> table.add("Input", "Sources in format " + format, count));

        table.add("Facts", "Facts", totals.facts());
        table.add("Facts", "Facts from news", totals.newsFacts());
        table.add("Facts", "Facts from statistics", totals.statisticsFacts());
        table.add("Facts", "Facts new in this run", totals.newFacts());

        for (KeyFigure k : keyFigures) {
            boolean percent = k.percent();
            table.add("Key figures", k.metric().label(), Percent.orNumber(k.value(), percent), k.qualifier().code(),
                    k.unitLabel(), FigureFormat.where(k.region(), k.operator()),
                    k.period(), Percent.orNumber(k.previousValue(), percent), k.previousPeriod(), Percent.orNumber(k.delta(), percent),
                    k.deltaPercent() == null ? null : new Percent(k.deltaPercent().setScale(1, RoundingMode.HALF_UP)),
                    sinceLastRun(k), k.sources());
        }

        table.add("Since last run", "Figures new in this run", totals.newFigures());
        table.add("Since last run", "Figures changed in this run", totals.changedFigures());
        for (FigureChange c : changes) {
            BigDecimal value = c.figure().value();
            boolean percent = c.percent();
            table.add("Since last run", c.metric().label(), Percent.orNumber(value, percent),
                    c.figure().record().qualifier().code(), FigureFormat.unitLabel(c.figure().record().unit(), c.metric()), c.where(), null,
                    Percent.orNumber(c.previous(), percent), null,
                    c.previous() == null ? null : Percent.orNumber(value.subtract(c.previous()), percent), null,
                    c.isNew() ? "new" : "changed", c.figure().sources());
        }

        table.add("Counts", "Operators and units named", totals.operatorUnits());
        table.add("Counts", "Initiatives", totals.initiatives());
        table.add("Counts", "Statements", totals.statements());
        table.add("Counts", "Foreign licence events", totals.licences());
        table.add("Counts", "Figures of record", totals.figures());
        table.add("Counts", "Conflicts to look at", totals.conflicts());
        table.add("Counts", "Rejects", totals.rejects());
        table.finish();
    }

    private static String sinceLastRun(KeyFigure k) {
        if (k.isNew()) {
            return "new";
        }
        if (k.changedSinceLastRun()) {
            return "was " + FigureFormat.grouped(k.lastRunValue()) + (k.percent() ? "%" : "");
        }
        return "";
    }
}
