package org.infradigest.publish.excel;

import org.infradigest.domain.Fact;
import org.infradigest.publish.DigestFact;
import org.infradigest.publish.DigestModel;
import org.infradigest.publish.FigureFormat;
import org.infradigest.publish.MetricInfo;

import java.util.List;

/** Every fact with its label, unit, where, whose, when, and the sentence or row it came from. */
final class FactsSheet {

    private static final List<Column> COLUMNS = List.of(
            Column.text("Metric"), Column.text("Metric key"), Column.number("Value"), Column.text("Unit"),
            Column.text("Region"), Column.text("Operator"), Column.text("Period"), Column.text("Qualifier"),
            Column.text("Origin"), Column.text("New"), Column.link("Source"), Column.longText("Sentence"));

    private FactsSheet() {
    }

    static TableSheet<DigestFact> of(DigestModel model) {
        return TableSheet.of("Facts", COLUMNS, model.facts(), df -> {
            Fact f = df.fact();
            MetricInfo metric = model.metric(f.metric());
            boolean percent = FigureFormat.isPercent(f.unit()) || FigureFormat.isPercent(metric.unit());
            Object value = Percent.orNumber(f.value(), percent);
            return new Object[] {metric.label(), f.metric(), value, f.unit(), f.region(), f.operator(), f.period(),
                    f.qualifier() == null ? "" : f.qualifier().code(),
                    f.origin() == null ? "" : f.origin().code(),
                    df.isNew() ? "yes" : "no", f.source(), f.sentence()};
        });
    }
}
