package org.infradigest.stats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.infradigest.domain.Qualifier;

/**
 * Any other table, read as its {@link SourceProfile} says: long (a value column, one fact per row) or
 * wide (year columns matched by {@code yearColumns}, one fact per year cell), with columns or fixed
 * values for region, period, metric, unit and operator, and a multiplier.
 */
final class ProfiledTableAdapter implements TableAdapter {

    private record ValueColumn(int index, String header, String period) {
    }

    private final ReadContext context;
    private final SourceProfile profile;
    private final int region;
    private final int regionCode;
    private final int period;
    private final int metric;
    private final int unit;
    private final int operator;
    private final int qualifier;
    private final List<ValueColumn> values;
    private final Indicator fixedIndicator;
    private final CellNumber numbers;

    private ProfiledTableAdapter(ReadContext context, SourceProfile profile, HeaderColumns header,
                                 List<ValueColumn> values, Indicator fixedIndicator) throws UnusableTableException {
        SourceProfile.Columns columns = profile.columns();
        this.context = context;
        this.profile = profile;
        this.region = column(header, "region", columns.region());
        this.regionCode = column(header, "regionCode", columns.regionCode());
        this.period = column(header, "period", columns.period());
        this.metric = column(header, "metric", columns.metric());
        this.unit = column(header, "unit", columns.unit());
        this.operator = column(header, "operator", columns.operator());
        this.qualifier = column(header, "qualifier", columns.qualifier());
        this.values = values;
        this.fixedIndicator = fixedIndicator;
        this.numbers = new CellNumber(profile.missing(), profile.decimalComma());
    }

    static ProfiledTableAdapter create(ReadContext context, SourceProfile profile, HeaderColumns header,
                                       String headerLocation) throws UnusableTableException {
        List<ValueColumn> values = new ArrayList<>();
        if (profile.columns().value() != null) {
            int index = column(header, "value", profile.columns().value());
            values.add(new ValueColumn(index, header.name(index), null));
        } else if (profile.yearColumns() != null) {
            Pattern years = Pattern.compile(profile.yearColumns());
            for (int i = 0; i < header.size(); i++) {
                Matcher m = years.matcher(header.name(i));
                if (m.matches()) {
                    String year = m.groupCount() > 0 && m.group(1) != null ? m.group(1) : header.name(i);
                    if (PeriodText.period(year).isPresent()) {
                        values.add(new ValueColumn(i, header.name(i), PeriodText.period(year).get()));
                    } else {
                        context.reject(headerLocation + ", column " + (i + 1), "column '" + header.name(i)
                                + "' matches yearColumns but '" + year + "' is not a period; its values are not read");
                    }
                }
            }
        }
        if (values.isEmpty()) {
            throw new UnusableTableException("the profile names no value column: set columns.value, or yearColumns "
                    + "matching some of the header " + header.names());
        }
        if (profile.columns().region() == null && profile.columns().regionCode() == null && profile.region() == null) {
            throw new UnusableTableException("the profile says nothing about regions: set columns.region or region");
        }
        Indicator fixed = ProfiledMetric.fixed(profile, context.lexicon()).orElse(null);
        if (fixed == null && profile.columns().metric() == null) {
            List<Indicator> byTitle = values.size() == 1
                    ? context.lexicon().byName(values.get(0).header(), context.file()) : List.of();
            if (byTitle.size() != 1) {
                throw new UnusableTableException("the profile gives no metric: set metric (and unit) or columns.metric");
            }
            fixed = ProfiledMetric.withUnit(byTitle.get(0), profile.unit());
        }
        return new ProfiledTableAdapter(context, profile, header, values, fixed);
    }

    private static int column(HeaderColumns header, String role, String name) throws UnusableTableException {
        if (name == null) {
            return -1;
        }
        int index = header.indexOf(name);
        if (index < 0) {
            throw new UnusableTableException("the profile names column '" + name + "' for " + role
                    + " but the header has " + header.names());
        }
        return index;
    }

    @Override
    public String layout() {
        return "profiled";
    }

    @Override
    public void accept(TableRow row) {
        if (row.isBlank()) {
            return;
        }
        // What the row says once (region, period, metric), then each value cell: a wide row with no
        // region is one reject, not one per year.
        RowFields fields = new RowFields(context, row.location(), numbers);
        Indicator indicator = fixedIndicator != null ? fixedIndicator : indicatorOf(fields, row);
        if (fixedIndicator != null && unit >= 0 && !row.cell(unit).isEmpty()) {
            indicator = ProfiledMetric.withUnit(fixedIndicator, row.cell(unit));
        }
        String place = fields.region(row.cell(region).isEmpty() ? row.cell(regionCode) : row.cell(region),
                profile.region());
        String rowPeriod = period >= 0 ? fields.period(row.cell(period)) : profile.period();
        Qualifier how = fields.qualifier(row.cell(qualifier));
        if (fields.rejected()) {
            return;
        }
        String operatorName = context.operator(operator >= 0 ? row.cell(operator) : profile.operator());
        for (ValueColumn column : values) {
            String location = values.size() == 1 ? row.location() : row.location() + ", column " + column.header();
            RowFields cell = new RowFields(context, location, numbers);
            BigDecimal number = cell.value(row.cell(column.index()), profile.multiplier());
            if (cell.rejected() || number == null) {
                continue;
            }
            context.emit(indicator.metric(), number, indicator.unit(), place, row.cell(regionCode), false,
                    operatorName, column.period() != null ? column.period() : rowPeriod, how, null, row.text());
        }
    }

    private Indicator indicatorOf(RowFields fields, TableRow row) {
        String cell = row.cell(metric);
        SourceProfile.MetricAndUnit mapped = profile.indicators().get(IndicatorLexicon.normalise(cell));
        String unitCell = unit >= 0 ? row.cell(unit) : "";
        if (mapped != null) {
            return new Indicator(null, mapped.metric(), unitCell.isEmpty() ? mapped.unit() : unitCell, List.of(), List.of());
        }
        Indicator indicator = fields.indicator(cell, unitCell);
        return indicator == null || profile.unit() == null || !unitCell.isEmpty()
                ? indicator : ProfiledMetric.withUnit(indicator, profile.unit());
    }
}
