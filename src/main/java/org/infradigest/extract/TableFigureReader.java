package org.infradigest.extract;

import java.time.LocalDate;
import java.util.List;

import org.infradigest.domain.Fact;
import org.infradigest.domain.Origin;
import org.infradigest.domain.Qualifier;

/**
 * Reads the figure of a table row: the caption and column header say what is measured, the row label says where
 * or when ("Karnataka", "July", "2024 year to date", "All-India total").
 */
final class TableFigureReader {

    private final Lexicon lexicon;
    private final NumberGrammar numbers;
    private final MetricBinder binder;
    private final FigureAttribution attribution;
    private final PeriodResolver periods;

    TableFigureReader(Lexicon lexicon, NumberGrammar numbers, MetricBinder binder, FigureAttribution attribution,
                      PeriodResolver periods) {
        this.lexicon = lexicon;
        this.numbers = numbers;
        this.binder = binder;
        this.attribution = attribution;
        this.periods = periods;
    }

    /** The figure of one table row, or null when its caption binds no metric. */
    Fact read(Sentence row, String title, String body, LocalDate published, String source,
                           Region articleRegion) {
        String text = row.caption() + ". " + row.rowLabel() + " ";
        String full = text + row.rowValue();
        List<NumberToken> tokens = numbers.find(full).stream().filter(t -> t.start() >= text.length()).toList();
        NumberToken value = tokens.isEmpty()
                ? new NumberToken(text.length(), full.length(), numbers.cellValue(row.rowValue()), false, null, null)
                : tokens.get(0);
        if (value.value() == null) {
            return null;
        }
        int[] clause = {0, full.length()};
        MetricBinder.Binding b = binder.bind(new MetricBinder.Figure(full, clause, value, "", null, List.of(),
                List.of(title == null ? "" : title, body), List::of, false, true));
        if (b == null) {
            return null;
        }
        List<RegionGazetteer.Mention> labelRegions = attribution.figureRegions(row.rowLabel());
        Region region = labelRegions.isEmpty() ? articleRegion : labelRegions.get(0).national()
                ? articleRegion : labelRegions.get(0).region();
        List<PeriodMention> labelPeriods = periods.find(row.rowLabel(), published);
        if (labelPeriods.isEmpty()) {
            labelPeriods = periods.find(row.caption(), published); // "5G BTS added in July" as a column header
        }
        String period = labelPeriods.isEmpty() ? null : labelPeriods.get(labelPeriods.size() - 1).period();
        List<OperatorGazetteer.Mention> ops = lexicon.operators().find(row.rowLabel());
        MetricFamily family = b.family();
        return new Fact(b.metricKey(), value.value(), family.isCurrency() ? value.currency() : family.unit(),
                region == null ? null : region.name(), ops.isEmpty() ? null : ops.get(0).operator().name(), period,
                Qualifier.EXACT, Origin.NEWS, source, row.text());
    }
}
