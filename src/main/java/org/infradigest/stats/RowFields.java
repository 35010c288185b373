package org.infradigest.stats;

import java.math.BigDecimal;

import org.infradigest.domain.Qualifier;

/**
 * Checks the cells of one tidy or profiled row, rejecting the row (once, with every problem found)
 * when a cell is unusable. Used by the adapters whose rows are one fact each.
 */
final class RowFields {

    private final ReadContext context;
    private final String location;
    private final CellNumber numbers;
    private final StringBuilder problems = new StringBuilder();
    private boolean missing;

    RowFields(ReadContext context, String location, CellNumber numbers) {
        this.context = context;
        this.location = location;
        this.numbers = numbers;
    }

    /** Text beyond the header's last column means the row's cells are shifted: no cell can be trusted. */
    void withinHeader(TableRow row, int headerColumns) {
        for (int i = headerColumns; i < row.cells().size(); i++) {
            if (!row.cell(i).isEmpty()) {
                problem("row has " + row.cells().size() + " cells but the header has " + headerColumns
                        + " columns (an unquoted comma?)");
                return;
            }
        }
    }

    Indicator indicator(String metricCell, String unitCell) {
        if (metricCell.isEmpty()) {
            problem("metric is empty");
            return null;
        }
        Indicator indicator = context.metric(metricCell);
        return ProfiledMetric.withUnit(indicator, unitCell.isEmpty() ? null : unitCell);
    }

    /** The value times the multiplier; null when missing (counted, not rejected) or not a number. */
    BigDecimal value(String cell, BigDecimal multiplier) {
        if (numbers.isMissing(cell)) {
            missing = true;
            return null;
        }
        BigDecimal number = numbers.parse(cell);
        if (number == null) {
            problem("value '" + cell + "' is not a number");
            return null;
        }
        BigDecimal value = number.multiply(multiplier);
        if (!CellNumber.storable(value)) {
            problem(CellNumber.outOfRange(cell));
            return null;
        }
        return value;
    }

    String region(String cell, String fixed) {
        String region = cell.isEmpty() ? fixed == null ? "" : fixed : cell;
        if (region.isEmpty()) {
            problem("region is empty");
        }
        return region;
    }

    /** The period in facts.csv spelling; empty cells mean "unknown period" (null), not an error. */
    String period(String cell) {
        if (cell.isEmpty()) {
            return null;
        }
        return PeriodText.period(cell).orElseGet(() -> {
            problem("period '" + cell + "' is not YYYY, YYYY-MM, YYYY-MM-DD or START/END");
            return null;
        });
    }

    Qualifier qualifier(String cell) {
        try {
            return Qualifier.fromCode(cell);
        } catch (IllegalArgumentException e) {
            problem("qualifier '" + cell + "' is not one of over, nearly, about, range_min, range_max or empty");
            return Qualifier.EXACT;
        }
    }

    /**
     * True when the row gave no fact: it has been rejected with its problems, or its value was missing
     * (then it is only counted).
     */
    boolean rejected() {
        if (!problems.isEmpty()) {
            context.reject(location, problems.toString());
            return true;
        }
        if (missing) {
            context.missing();
            return true;
        }
        return false;
    }

    private void problem(String text) {
        problems.append(problems.isEmpty() ? "" : "; ").append(text);
    }
}
