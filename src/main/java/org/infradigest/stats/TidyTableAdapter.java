package org.infradigest.stats;

import java.math.BigDecimal;

import org.infradigest.domain.Qualifier;

/**
 * Tidy tables, CSV or the first sheet of an XLSX workbook: one fact per row, columns
 * {@code metric,value,region,period} and optionally {@code unit,operator,qualifier,source,note}, in any
 * order, headers in any case. The metric cell may also hold an indicator code or a series name the
 * lexicon knows; an empty unit takes the lexicon's unit; a {@code source} cell (a URL or publisher)
 * replaces the file name as the fact's source.
 */
final class TidyTableAdapter implements TableAdapter {

    private final ReadContext context;
    private final int metric;
    private final int value;
    private final int region;
    private final int period;
    private final int unit;
    private final int operator;
    private final int qualifier;
    private final int source;
    private final CellNumber numbers;
    private final int columns;

    TidyTableAdapter(ReadContext context, HeaderColumns header) {
        this.context = context;
        this.columns = header.size();
        this.metric = header.indexOf("metric");
        this.value = header.indexOf("value");
        this.region = header.indexOf("region");
        this.period = header.indexOf("period");
        this.unit = header.indexOf("unit");
        this.operator = header.indexOf("operator");
        this.qualifier = header.indexOf("qualifier");
        this.source = header.indexOf("source");
        this.numbers = context.profile().map(p -> new CellNumber(p.missing(), p.decimalComma()))
                .orElseGet(CellNumber::standard);
    }

    /** True for a header holding metric, value, region and period. */
    static boolean matches(HeaderColumns header) {
        return header.hasAll("metric", "value", "region", "period");
    }

    @Override
    public String layout() {
        return "tidy";
    }

    @Override
    public void accept(TableRow row) {
        if (row.isBlank()) {
            return;
        }
        RowFields fields = new RowFields(context, row.location(), numbers);
        fields.withinHeader(row, columns);
        Indicator indicator = fields.indicator(row.cell(metric), row.cell(unit));
        BigDecimal number = fields.value(row.cell(value), BigDecimal.ONE);
        String regionName = fields.region(row.cell(region), "");
        String when = fields.period(row.cell(period));
        Qualifier how = fields.qualifier(row.cell(qualifier));
        if (fields.rejected() || number == null) {
            return;
        }
        context.emit(indicator.metric(), number, indicator.unit(), regionName, "", false,
                context.operator(row.cell(operator)), when, how, row.cell(source), row.text());
    }
}
