package org.infradigest.publish;

import java.util.function.Consumer;

/**
 * Rows that also hand each row to a second reader the first time they are walked. facts.csv and the workbook's
 * Facts sheet need the same million rows in the same order: one walk of the database feeds both; the workbook's
 * Figures sheet and its selections of key figures, changes and charts likewise.
 */
public final class TeeRows<T> implements Rows<T> {

    private final Rows<T> rows;
    private final Consumer<? super T> second;
    private boolean walked;

    public TeeRows(Rows<T> rows, Consumer<? super T> second) {
        this.rows = rows;
        this.second = second;
    }

    @Override
    public void forEach(Consumer<? super T> action) {
        if (walked) {
            rows.forEach(action);
            return;
        }
        walked = true;
        rows.forEach(row -> {
            second.accept(row);
            action.accept(row);
        });
    }

    /** Whether a walk has fed the second reader yet. */
    public boolean walked() {
        return walked;
    }

    @Override
    public long count() {
        return rows.count();
    }
}
