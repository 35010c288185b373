package org.infradigest.stats;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;

/**
 * How to read a statistics file whose layout is not recognised by its header: which columns hold the
 * region, period and value, fixed metric, unit and operator, a multiplier, rows to skip, delimiter
 * and encoding. Written by analysts as YAML ({@code <file>.profile.yml} or {@code profile.yml}); the
 * format is described in {@code stats/PROFILE.md}. Read one with {@link SourceProfileParser}.
 *
 * @param match            file-name glob the profile applies to ({@code *.csv}), or null for any file
 * @param delimiter        field delimiter, or null to sniff it from the header line
 * @param encoding         text encoding, or null for UTF-8 (a byte-order mark always wins)
 * @param skipRows         lines to skip before the header line
 * @param columns          which header names hold which role; empty when the file's own layout is
 *                         recognised and the profile only supplies the metric
 * @param yearColumns      regular expression for year column headers in a wide table, or null
 * @param metric           fixed metric key (or indicator code or name from the lexicon), or null
 * @param unit             fixed unit, or null to take the lexicon's unit for the metric
 * @param operator         fixed operator, or null
 * @param region           fixed region, or null
 * @param period           fixed period, or null
 * @param multiplier       factor applied to every value (1000 for "in thousands"), never null
 * @param missing          extra cell texts meaning "no value" besides empty and {@code ..}
 * @param decimalComma     true when numbers are written {@code 1.234,5}
 * @param indicators       cell values of the metric column mapped to metric and unit
 */
public record SourceProfile(String match, Character delimiter, Charset encoding, int skipRows,
                            Columns columns, String yearColumns, String metric, String unit, String operator,
                            String region, String period, BigDecimal multiplier, List<String> missing,
                            boolean decimalComma, Map<String, MetricAndUnit> indicators) {

    public SourceProfile {
        columns = columns == null ? Columns.NONE : columns;
        multiplier = multiplier == null ? BigDecimal.ONE : multiplier;
        missing = missing == null ? List.of() : List.copyOf(missing);
        indicators = indicators == null ? Map.of() : Map.copyOf(indicators);
    }

    /**
     * True when the profile maps columns itself, so the file is read by {@link ProfiledTableAdapter}
     * whatever its header looks like; false when it only adds what a recognised layout lacks.
     */
    public boolean mapsColumns() {
        return columns.region() != null || columns.value() != null || yearColumns != null;
    }

    /** A profile that only names the metric and unit, e.g. for a World Bank file without a series column. */
    public static SourceProfile ofMetric(String metric, String unit) {
        return new SourceProfile(null, null, null, 0, Columns.NONE, null, metric, unit, null, null, null,
                BigDecimal.ONE, List.of(), false, Map.of());
    }

    /**
     * Header names of the columns holding each role; null when the file has no such column.
     */
    public record Columns(String region, String regionCode, String period, String value, String metric,
                          String unit, String operator, String qualifier) {

        static final Columns NONE = new Columns(null, null, null, null, null, null, null, null);
    }

    /** What a cell of the metric column means. */
    public record MetricAndUnit(String metric, String unit) {
    }
}
