package org.infradigest.store.sort;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * How a record goes to a spilled run on disk and back, and about how much heap it holds while it waits in a
 * run being filled (the estimate decides when a run is full, so it should err on the high side).
 */
public interface RunCodec<T> {

    void write(T record, DataOutput out) throws IOException;

    T read(DataInput in) throws IOException;

    long heapBytes(T record);
}
