package org.infradigest.publish.excel;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.infradigest.publish.Rows;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * A sheet that lists rows of the model as a table: its name and columns, and each row's cells. It is made in two
 * parts, so that the workbook can make its sheets in their order and fill them in another, on several threads:
 * {@link #start} makes the sheet with its header, {@link Filling#fill} writes the rows and finishes the table.
 *
 * @param <T> the rows listed
 */
final class TableSheet<T> {

    private final String name;
    private final List<Column> columns;
    private final Rows<T> rows;
    private final Function<? super T, Object[]> cells;

    private TableSheet(String name, List<Column> columns, Rows<T> rows, Function<? super T, Object[]> cells) {
        this.name = name;
        this.columns = List.copyOf(columns);
        this.rows = rows;
        this.cells = cells;
    }

    /** @param cells a row's values, in the order of {@code columns} (as {@link SheetTable#add} takes them) */
    static <T> TableSheet<T> of(String name, List<Column> columns, Rows<T> rows,
                                Function<? super T, Object[]> cells) {
        return new TableSheet<>(name, columns, rows, cells);
    }

    /** Makes the sheet and its header, after the sheets made before it; its rows are written by the result. */
    Filling start(SXSSFWorkbook workbook, WorkbookStyles styles) {
        return new Filling(new SheetTable(workbook, name, styles, columns));
    }

    /** The rows of a sheet already made: written on any one thread, each table on its own. */
    final class Filling implements SheetFills.SheetFill {

        private final SheetTable table;

        private Filling(SheetTable table) {
            this.table = table;
        }

        /** The name of the sheet the rows go into. */
        String sheet() {
            return name;
        }

        /**
         * Writes the rows and finishes the table.
         *
         * @param abandoned asked before each row; once true, the rows end with a {@link CancellationException}
         */
        @Override
        public void fill(BooleanSupplier abandoned) {
            rows.forEach(row -> {
                if (abandoned.getAsBoolean()) {
                    throw new CancellationException("the workbook was abandoned");
                }
                table.add(cells.apply(row));
            });
            table.finish();
        }
    }
}
