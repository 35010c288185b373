package org.infradigest.publish;

import java.util.function.Consumer;

/**
 * A selection made in one pass over the figures of record, fed by the caller: several selections can then share
 * one walk of the figures, each of which is a query over the whole figure table.
 *
 * @param <R> what is selected
 */
public interface FigureWalk<R> extends Consumer<DigestFigure> {

    /** The selection, once every figure was accepted. */
    R result();
}
