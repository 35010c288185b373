package org.infradigest.publish.excel;

import java.math.BigDecimal;

import org.infradigest.domain.Fact;
import org.infradigest.publish.DigestFigure;
import org.infradigest.publish.DigestModel;
import org.infradigest.publish.FigureFormat;
import org.infradigest.publish.MetricInfo;
import org.infradigest.publish.Rows;
import org.infradigest.reconcile.Conflict;
import org.infradigest.reconcile.FigureHistory;
import org.infradigest.reconcile.Figure;

import java.time.LocalDate;
import java.util.List;

/** The reconcile step's output: one figure of record per key, and the figures that disagree with it. */
final class ReconcileSheets {

    static final String FIGURES = "Figures";

    private ReconcileSheets() {
    }

    /** @param figures the model's figures, or rows of them that also feed another reader */
    static TableSheet<DigestFigure> figures(DigestModel model, Rows<DigestFigure> figures) {
        LocalDate run = model.runDate();
        return TableSheet.of(FIGURES, List.of(Column.text("Metric"),
                Column.text("Metric key"), Column.number("Value"), Column.text("Unit"), Column.text("Region"),
                Column.text("Operator"), Column.text("Period"), Column.text("Qualifier"), Column.text("Origin"),
                Column.number("Sources"), Column.text("Conflict"), Column.text("Aggregate"),
                Column.text("Since last run"), Column.number("Previous value"), Column.date("First reported"),
                Column.date("Last changed"), Column.link("Source of record")), figures, df -> {
                    Figure figure = df.figure();
                    Fact f = figure.record();
                    MetricInfo metric = model.metric(f.metric());
                    FigureHistory h = df.history();
                    String change = df.isNew(run) ? "new" : df.isChanged(run) ? "changed" : "";
                    return new Object[] {metric.label(), f.metric(), value(f.value(), f.unit(), metric), f.unit(),
                            f.region(), f.operator(), f.period(), f.qualifier().code(), f.origin().code(),
                            figure.sources(), figure.conflict() ? "yes" : "no", figure.aggregate() ? "yes" : "no",
                            change, value(h.previousValue(), f.unit(), metric), h.firstRun(), h.changedRun(),
                            f.source()};
                });
    }

    static TableSheet<Conflict> conflicts(DigestModel model) {
        return TableSheet.of("Conflicts", List.of(Column.text("Metric"), Column.text("Region"),
                Column.text("Operator"), Column.text("Period"), Column.number("Figure of record"),
                Column.text("Record origin"), Column.link("Record source"), Column.number("Differing figure"),
                Column.number("Difference %"), Column.link("Differing source"), Column.longText("Sentence")),
                model.conflicts(), c -> {
                    MetricInfo metric = model.metric(c.key().metric());
                    return new Object[] {metric.label(), c.key().region(), c.key().operator(), c.key().period(),
                            value(c.record().value(), c.record().unit(), metric), c.record().origin().code(),
                            c.record().source(), value(c.other().value(), c.other().unit(), metric),
                            c.differencePercent(), c.other().source(), c.other().sentence()};
                });
    }

    private static Object value(BigDecimal value, String unit, MetricInfo metric) {
        return Percent.orNumber(value, FigureFormat.isPercent(unit) || FigureFormat.isPercent(metric.unit()));
    }
}
