package org.infradigest.stats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.infradigest.domain.Qualifier;

/**
 * Our World in Data grapher CSVs: {@code Entity,Code,Year,<value column>...}, one row per entity and
 * year. Aggregates ("World", "Upper middle income") have an empty code or an {@code OWID_} code and are
 * flagged as aggregates. Each value column's title maps to a metric through the lexicon; when the
 * title is shared by several indicators ("Fixed broadband subscriptions"), the file name decides
 * ({@code ..._per100_...}).
 */
final class OwidGrapherAdapter implements TableAdapter {

    private record ValueColumn(int index, Indicator indicator) {
    }

    private final ReadContext context;
    private final int entity;
    private final int code;
    private final int year;
    private final List<ValueColumn> values;
    private final CellNumber numbers = CellNumber.standard();

    private OwidGrapherAdapter(ReadContext context, HeaderColumns header, List<ValueColumn> values) {
        this.context = context;
        this.entity = header.indexOf("Entity");
        this.code = header.indexOf("Code");
        this.year = header.indexOf("Year");
        this.values = values;
    }

    /** True for a header starting Entity, Code, Year with at least one more column. */
    static boolean matches(HeaderColumns header) {
        return header.size() >= 4 && header.indexOf("Entity") == 0 && header.indexOf("Code") == 1
                && header.indexOf("Year") == 2;
    }

    static OwidGrapherAdapter create(ReadContext context, HeaderColumns header, String headerLocation)
            throws UnusableTableException {
        List<ValueColumn> values = new ArrayList<>();
        Optional<Indicator> profiled = context.profile().flatMap(p -> ProfiledMetric.fixed(p, context.lexicon()));
        List<String> problems = new ArrayList<>();
        for (int i = 3; i < header.size(); i++) {
            String title = header.name(i);
            List<Indicator> found = context.lexicon().byName(title, context.file());
            if (found.size() == 1) {
                values.add(new ValueColumn(i, found.get(0)));
            } else if (header.size() == 4 && profiled.isPresent()) {
                values.add(new ValueColumn(i, profiled.get()));
            } else if (found.isEmpty()) {
                problems.add("column '" + title + "' is not in lexicon/indicators.yml");
            } else {
                problems.add("column '" + title + "' may mean " + found.stream().map(Indicator::metric).toList()
                        + " and the file name does not say which (e.g. 'per100')");
            }
        }
        if (values.isEmpty()) {
            throw new UnusableTableException("Our World in Data table with no known value column: "
                    + String.join("; ", problems) + "; add the title to lexicon/indicators.yml or give a profile "
                    + "with metric and unit");
        }
        problems.forEach(p -> context.reject(headerLocation, p + "; its values are not read"));
        return new OwidGrapherAdapter(context, header, values);
    }

    @Override
    public String layout() {
        return "owid-grapher";
    }

    @Override
    public void accept(TableRow row) {
        if (row.isBlank()) {
            return;
        }
        String name = row.cell(entity);
        String iso = row.cell(code);
        if (name.isEmpty() && iso.isEmpty()) {
            context.reject(row.location(), "row has no entity");
            return;
        }
        String period = row.cell(year);
        if (!period.matches("\\d{4}")) {
            context.reject(row.location(), "year '" + period + "' is not a four-digit year");
            return;
        }
        // OWID leaves the code empty for aggregates and gives its own groups OWID_ codes (OWID_WRL);
        // OWID_KOS (Kosovo) is the one OWID_ code that is a country.
        boolean aggregate = iso.isEmpty() || (iso.startsWith("OWID_") && !iso.equals("OWID_KOS"));
        for (ValueColumn column : values) {
            String cell = row.cell(column.index());
            if (numbers.isMissing(cell)) {
                context.missing();
                continue;
            }
            BigDecimal value = numbers.parse(cell);
            if (value == null) {
                context.reject(row.location(), "value '" + cell + "' is not a number");
                continue;
            }
            if (!CellNumber.storable(value)) {
                context.reject(row.location(), CellNumber.outOfRange(cell));
                continue;
            }
            context.emit(column.indicator().metric(), value, column.indicator().unit(), name,
                    iso.startsWith("OWID_") ? "" : iso, aggregate, null, period, Qualifier.EXACT, null, row.text());
        }
    }
}
