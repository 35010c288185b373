package org.infradigest.publish.excel;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.infradigest.domain.Fact;
import org.infradigest.publish.DigestModel;
import org.infradigest.publish.FigureFormat;
import org.infradigest.publish.MetricInfo;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/** Every fact with its label, unit, where, whose, when, and the sentence or row it came from. */
final class FactsSheet {

    private static final List<Column> COLUMNS = List.of(
            Column.text("Metric"), Column.text("Metric key"), Column.number("Value"), Column.text("Unit"),
            Column.text("Region"), Column.text("Operator"), Column.text("Period"), Column.text("Qualifier"),
            Column.text("Origin"), Column.text("New"), Column.link("Source"), Column.longText("Sentence"));

    private FactsSheet() {
    }

    /** Creates the sheet, in its place among the workbook's sheets. */
    static SheetTable start(SXSSFWorkbook workbook, WorkbookStyles styles) {
        return new SheetTable(workbook, "Facts", styles, COLUMNS);
    }

    /**
     * Writes every fact into the table; on a thread of its own while other sheets are written, if need be.
     *
     * @param abandoned asked before each row; once true, the walk ends with a {@link CancellationException}
     */
    static void fill(SheetTable table, DigestModel model, BooleanSupplier abandoned) {
        model.facts().forEach(df -> {
            if (abandoned.getAsBoolean()) {
                throw new CancellationException("the workbook was abandoned");
            }
            Fact f = df.fact();
            MetricInfo metric = model.metric(f.metric());
            boolean percent = FigureFormat.isPercent(f.unit()) || FigureFormat.isPercent(metric.unit());
            Object value = Percent.orNumber(f.value(), percent);
            table.add(metric.label(), f.metric(), value, f.unit(), f.region(), f.operator(), f.period(),
                    f.qualifier() == null ? "" : f.qualifier().code(),
                    f.origin() == null ? "" : f.origin().code(),
                    df.isNew() ? "yes" : "no", f.source(), f.sentence());
        });
    }
}
