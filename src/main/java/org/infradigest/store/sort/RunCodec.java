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

    /**
     * The codec for one run file, written or read from its start to its end by one thread: a codec that encodes
     * a record against the one before it (a sorted run repeats most fields) returns a fresh instance; a stateless
     * codec returns itself.
     */
    default RunCodec<T> forRun() {
        return this;
    }
}
