package org.infradigest.stats;

/**
 * Turns the rows of one table layout into facts and rejects. One instance reads one file: it is given
 * the rows after the header one at a time and must not keep them, so files of any length read in
 * bounded memory.
 */
interface TableAdapter {

    /** Reads one data row; bad rows become rejects through the context, never exceptions. */
    void accept(TableRow row);

    /** Called once after the last row: adapters that count or aggregate emit their facts here. */
    default void finish() {
    }

    /** Short layout name for logs and summaries, e.g. {@code worldbank-wide}. */
    String layout();
}
