package org.infradigest.stats;

import java.util.List;
import java.util.Optional;

/**
 * Recognises a table's layout by its header row and builds the adapter that reads it. A profile that
 * maps columns wins; otherwise the built-in layouts are tried in turn: OpenCelliD (also without a
 * header line), Our World in Data, World Bank wide, tidy.
 */
final class StatsLayoutDetector {

    /**
     * The adapter for a file whose header is {@code cells}.
     *
     * @param adapter      reads the rows after the header
     * @param headerIsData true when the "header" was already a data row (headerless OpenCelliD export)
     */
    record Detection(TableAdapter adapter, boolean headerIsData) {
    }

    private StatsLayoutDetector() {
    }

    /**
     * @return the detection, or empty when {@code cells} is not a header this detector knows (it may be a
     *         preamble line above the header)
     * @throws UnusableTableException when the header is recognised but cannot be read, e.g. a World Bank
     *                                table whose indicator nothing names
     */
    static Optional<Detection> detect(List<String> cells, String location, ReadContext context)
            throws UnusableTableException {
        HeaderColumns header = new HeaderColumns(cells);
        Optional<SourceProfile> profile = context.profile();
        if (profile.isPresent() && profile.get().mapsColumns()) {
            return found(ProfiledTableAdapter.create(context, profile.get(), header, location));
        }
        if (OpenCellidCountAdapter.matches(header)) {
            return found(new OpenCellidCountAdapter(context, header));
        }
        if (OpenCellidCountAdapter.isHeaderlessRow(header.names())) {
            HeaderColumns standard = new HeaderColumns(OpenCellidCountAdapter.STANDARD_HEADER);
            return Optional.of(new Detection(new OpenCellidCountAdapter(context, standard), true));
        }
        if (OwidGrapherAdapter.matches(header)) {
            return found(OwidGrapherAdapter.create(context, header, location));
        }
        if (WorldBankWideAdapter.matches(header)) {
            return found(WorldBankWideAdapter.create(context, header, location));
        }
        if (TidyTableAdapter.matches(header)) {
            return found(new TidyTableAdapter(context, header));
        }
        return Optional.empty();
    }

    private static Optional<Detection> found(TableAdapter adapter) {
        return Optional.of(new Detection(adapter, false));
    }
}
