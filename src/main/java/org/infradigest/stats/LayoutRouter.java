package org.infradigest.stats;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Receives a file's rows in order, finds the header (after the profile's skipped rows and at most a
 * few preamble lines, such as the "Data Source" lines of World Bank bulk downloads), then hands every
 * following row to the adapter the header calls for. A file that never shows a usable header gets one
 * reject.
 */
final class LayoutRouter implements Consumer<TableRow> {

    // World Bank bulk downloads put four lines above the header; ten leaves room without reading far.
    static final int HEADER_SEARCH_ROWS = 10;

    private final ReadContext context;
    private final int skipRows;
    private TableAdapter adapter;
    private TableRow firstRow;
    private int seen;
    private boolean failed;
    private long rows;

    LayoutRouter(ReadContext context) {
        this.context = context;
        this.skipRows = context.profile().map(SourceProfile::skipRows).orElse(0);
    }

    @Override
    public void accept(TableRow row) {
        if (failed) {
            return;
        }
        if (adapter != null) {
            rows++;
            read(row);
            return;
        }
        seen++;
        if (seen <= skipRows || row.isBlank()) {
            return;
        }
        if (firstRow == null) {
            firstRow = row;
        }
        try {
            Optional<StatsLayoutDetector.Detection> detection =
                    StatsLayoutDetector.detect(row.cells(), row.location(), context);
            if (detection.isPresent()) {
                adapter = detection.get().adapter();
                if (detection.get().headerIsData()) {
                    rows++;
                    read(row);
                }
            } else if (seen >= skipRows + HEADER_SEARCH_ROWS) {
                fail(unrecognised());
            }
        } catch (UnusableTableException e) {
            fail(e.getMessage());
        }
    }

    /** False once the file has failed: the rest of it need not be parsed. */
    boolean wantsMore() {
        return !failed;
    }

    /** Fails the whole file with one reject, e.g. when it turns out not to be a table. */
    void fail(String reason) {
        if (!failed) {
            failed = true;
            context.reject(null, reason);
        }
    }

    /** Stops reading at a row the file format breaks down at; what was read so far stands. */
    void stop(String location, String reason) {
        context.reject(location, reason);
        if (adapter == null) {
            failed = true;
        }
    }

    /** Ends the file: lets counting adapters emit, or rejects a file whose header never came. */
    void finish() {
        if (failed) {
            return;
        }
        if (adapter == null) {
            fail(firstRow == null ? "file has no rows: it is empty or holds only blank lines" : unrecognised());
            return;
        }
        if (rows == 0) {
            context.reject(null, "table has a header but no data rows");
        }
        context.at(null);
        try {
            adapter.finish();
        } catch (RuntimeException e) {
            context.reject(null, "could not finish reading: " + e);
        }
    }

    ReadSummary summary() {
        return context.summary(adapter == null ? "none" : adapter.layout(), rows);
    }

    // An adapter bug must cost one row, not the file.
    private void read(TableRow row) {
        context.at(row.location());
        try {
            adapter.accept(row);
        } catch (RuntimeException e) {
            context.reject(row.location(), "could not read row: " + e);
        }
    }

    private String unrecognised() {
        String text = firstRow.text();
        return "not a recognised statistics table (first line: '"
                + (text.length() > 120 ? text.substring(0, 120) + "..." : text)
                + "'); expected a World Bank, Our World in Data, OpenCelliD or tidy (metric,value,region,period) "
                + "header, or give a source profile " + context.file() + ".profile.yml (see stats/PROFILE.md)";
    }
}
