package org.infradigest.store.sort;

import java.util.Iterator;

/** Records in sorted order, read once; closing it releases the runs on disk. */
public interface SortedStream<T> extends Iterator<T>, AutoCloseable {

    @Override
    void close();
}
