package org.infradigest.stats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.infradigest.domain.Qualifier;

/**
 * World Bank DataBank exports and bulk-download CSVs: one row per economy (and series), one column
 * per year ({@code 2019} or {@code 2019 [YR2019]}), {@code ..} or empty for missing values. The
 * indicator comes from a {@code Series Code}/{@code Indicator Code} column, else a series name column,
 * else the file name ({@code worldbank_IT.NET.BBND.P2_...csv}), else the profile's metric.
 */
final class WorldBankWideAdapter implements TableAdapter {

    private static final String[] NAME = {"Country Name", "Economy", "Country"};
    private static final String[] CODE = {"Country Code", "Economy Code", "ISO3"};
    private static final String[] SERIES_CODE = {"Series Code", "Indicator Code"};
    private static final String[] SERIES_NAME = {"Series Name", "Indicator Name", "Series"};
    // Notes DataBank appends below the table.
    private static final List<String> NOTE_PREFIXES = List.of("data from database", "last updated", "source:", "note:");

    private record YearColumn(int index, String header, String year) {
    }

    private final ReadContext context;
    private final int nameColumn;
    private final int codeColumn;
    private final int seriesCodeColumn;
    private final int seriesNameColumn;
    private final List<YearColumn> years;
    private final Indicator fileIndicator;
    private final CellNumber numbers;
    private final Set<String> reportedSeries = new HashSet<>();
    private boolean pastBlankLine;

    private WorldBankWideAdapter(ReadContext context, HeaderColumns header, List<YearColumn> years,
                                 Indicator fileIndicator) {
        this.context = context;
        this.nameColumn = header.indexOf(NAME);
        this.codeColumn = header.indexOf(CODE);
        this.seriesCodeColumn = header.indexOf(SERIES_CODE);
        this.seriesNameColumn = header.indexOf(SERIES_NAME);
        this.years = years;
        this.fileIndicator = fileIndicator;
        this.numbers = CellNumber.standard();
    }

    /** True for a header with an economy column and at least one year column. */
    static boolean matches(HeaderColumns header) {
        return (header.indexOf(NAME) >= 0 || header.indexOf(CODE) >= 0)
                && header.names().stream().anyMatch(n -> PeriodText.yearColumn(n).isPresent());
    }

    static WorldBankWideAdapter create(ReadContext context, HeaderColumns header, String headerLocation)
            throws UnusableTableException {
        List<YearColumn> years = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.name(i);
            Optional<String> year = PeriodText.yearColumn(name);
            if (year.isPresent()) {
                years.add(new YearColumn(i, name, year.get()));
            } else if (!name.isEmpty() && !isIdentifier(header, i)) {
                context.reject(headerLocation + ", column " + (i + 1), "column '" + name + "' is "
                        + (PeriodText.looksLikeYear(name) ? "not a year column (expected 2019 or 2019 [YR2019])"
                        : "neither an identifier nor a year") + "; its values are not read");
            }
        }
        Indicator fileIndicator = null;
        if (header.indexOf(SERIES_CODE) < 0 && header.indexOf(SERIES_NAME) < 0) {
            fileIndicator = context.lexicon().byFileName(context.file())
                    .or(() -> context.profile().flatMap(p -> ProfiledMetric.fixed(p, context.lexicon())))
                    .orElseThrow(() -> new UnusableTableException("World Bank wide table without a series column "
                            + "and no indicator code in its file name: rename it to include the code (e.g. "
                            + "worldbank_IT.NET.BBND.P2_....csv) or add a profile with metric and unit"));
        }
        return new WorldBankWideAdapter(context, header, years, fileIndicator);
    }

    private static boolean isIdentifier(HeaderColumns header, int index) {
        return index == header.indexOf(NAME) || index == header.indexOf(CODE)
                || index == header.indexOf(SERIES_CODE) || index == header.indexOf(SERIES_NAME);
    }

    @Override
    public String layout() {
        return "worldbank-wide";
    }

    @Override
    public void accept(TableRow row) {
        if (row.isBlank()) {
            pastBlankLine = true;
            return;
        }
        if (isNote(row)) {
            return;
        }
        String name = row.cell(nameColumn);
        String code = row.cell(codeColumn);
        if (name.isEmpty() && code.isEmpty()) {
            context.reject(row.location(), "row has no country name or code");
            return;
        }
        Indicator indicator = fileIndicator != null ? fileIndicator : seriesOf(row);
        if (indicator == null) {
            return;
        }
        for (YearColumn year : years) {
            String cell = row.cell(year.index());
            if (numbers.isMissing(cell)) {
                context.missing();
                continue;
            }
            BigDecimal value = numbers.parse(cell);
            if (value == null) {
                context.reject(row.location() + ", column " + year.header(), "value '" + cell + "' is not a number");
                continue;
            }
            if (!CellNumber.storable(value)) {
                context.reject(row.location() + ", column " + year.header(), CellNumber.outOfRange(cell));
                continue;
            }
            context.emit(indicator.metric(), value, indicator.unit(), name, code, false, null, year.year(),
                    Qualifier.EXACT, null, row.text());
        }
    }

    // A lone cell after the table ("Data from database: ...", "Last Updated: ...") is a note, not an economy.
    private boolean isNote(TableRow row) {
        String first = row.cell(0).toLowerCase(Locale.ROOT);
        boolean lone = row.cells().stream().skip(1).allMatch(String::isBlank);
        return lone && (pastBlankLine || NOTE_PREFIXES.stream().anyMatch(first::startsWith));
    }

    private Indicator seriesOf(TableRow row) {
        String code = row.cell(seriesCodeColumn);
        String name = row.cell(seriesNameColumn);
        Optional<Indicator> found = context.lexicon().byCode(code);
        List<Indicator> named = found.isEmpty() && !name.isEmpty() ? context.lexicon().byName(name, context.file())
                : List.of();
        if (named.size() == 1) {
            found = Optional.of(named.get(0));
        }
        String series = code.isEmpty() ? name : code;
        // One reject per unknown series, not one per economy: bulk files hold hundreds of series.
        if (found.isEmpty() && reportedSeries.add(series)) {
            context.reject(row.location(), (named.isEmpty() ? "unknown indicator '" + series + "'"
                    : "indicator '" + series + "' may mean " + named.stream().map(Indicator::metric).toList())
                    + "; its rows are skipped; add its code to lexicon/indicators.yml");
        }
        return found.orElse(null);
    }
}
