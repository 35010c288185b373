package org.infradigest.publish;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One chart as both outputs draw it: the workbook as a native Excel chart, the PDF as vector graphics.
 * All series share one category axis (periods for a trend, operators for a comparison), so a missing point
 * is a null value rather than a shifted one.
 *
 * @param kind       line for a trend over periods, bar for a comparison
 * @param title      what the chart shows, e.g. "5G base stations"
 * @param unitLabel  the value axis title, e.g. "base stations"
 * @param percent    true when values are percent points (36.3 means 36.3%)
 * @param categories the shared axis, in order
 * @param series     one line or bar group per series, each with a value per category
 */
public record ChartData(Kind kind, String title, String unitLabel, boolean percent, List<String> categories,
                        List<Series> series) {

    public enum Kind { LINE, BAR }

    /**
     * @param name   legend entry, e.g. "Beijing · China Mobile"
     * @param values one per category; null where the series has no value for it
     */
    public record Series(String name, List<BigDecimal> values) {
        public Series {
            Objects.requireNonNull(name, "name");
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    public ChartData {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        unitLabel = unitLabel == null ? "" : unitLabel;
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("series '" + s.name() + "' has " + s.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }

    /** True when there is nothing worth drawing: no category or no value at all. */
    public boolean isEmpty() {
        return categories.isEmpty() || series.stream().allMatch(s -> s.values().stream().allMatch(Objects::isNull));
    }
}
