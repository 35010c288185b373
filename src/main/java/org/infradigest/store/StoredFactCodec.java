package org.infradigest.store;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;

import org.infradigest.domain.Fact;
import org.infradigest.domain.Origin;
import org.infradigest.domain.Qualifier;
import org.infradigest.store.sort.RunCodec;
import org.infradigest.store.sort.RunFields;

/**
 * A stored fact in a spilled sort run ({@link RunFields} for its text and value). A run is in key order, so a fact
 * mostly repeats the metric, unit, region, operator, period, source and place of the fact before it: a byte of
 * flags says which of those it repeats, and only the others are written. Reading hands out the same strings again,
 * which spares the merge of 1.8 million facts most of its allocations.
 * <p>
 * The key texts read back (metric, unit, region, operator and period) are also shared between the runs of a sort:
 * the merge compares the heads of different runs, whose equal keys are then the same object, which the key order
 * compares by reference before comparing characters.
 */
final class StoredFactCodec implements RunCodec<StoredFact> {

    private static final Qualifier[] QUALIFIERS = Qualifier.values();
    private static final Origin[] ORIGINS = Origin.values();
    private static final long NO_DATE = Long.MIN_VALUE;
    /** The fields that may repeat, in the order of their flag bits. */
    private static final int METRIC = 0;
    private static final int UNIT = 1;
    private static final int REGION = 2;
    private static final int OPERATOR = 3;
    private static final int PERIOD = 4;
    private static final int SOURCE = 5;
    private static final int ARTICLE = 6;
    private static final int FILE = 7;

    /** The previous record's repeatable fields in this run; null before the first (a fresh codec per run). */
    private final String[] previous;
    /** The key texts read back, for all runs of the sort. */
    private final SharedTexts sharedKeys;

    /** The codec a sort is given; it makes one of its own for every run. */
    StoredFactCodec() {
        this(null, new SharedTexts());
    }

    private StoredFactCodec(String[] previous, SharedTexts sharedKeys) {
        this.previous = previous;
        this.sharedKeys = sharedKeys;
    }

    @Override
    public RunCodec<StoredFact> forRun() {
        return new StoredFactCodec(new String[8], sharedKeys);
    }

    @Override
    public void write(StoredFact record, DataOutput out) throws IOException {
        Fact f = record.fact();
        // Field by field, not through an array: this runs for every fact a sort spills.
        int repeated = repeats(METRIC, f.metric()) | repeats(UNIT, f.unit()) | repeats(REGION, f.region())
                | repeats(OPERATOR, f.operator()) | repeats(PERIOD, f.period()) | repeats(SOURCE, f.source())
                | repeats(ARTICLE, record.articleKey()) | repeats(FILE, record.statsFile());
        out.writeByte(repeated);
        writeUnlessRepeated(out, repeated, METRIC, f.metric());
        writeUnlessRepeated(out, repeated, UNIT, f.unit());
        writeUnlessRepeated(out, repeated, REGION, f.region());
        writeUnlessRepeated(out, repeated, OPERATOR, f.operator());
        writeUnlessRepeated(out, repeated, PERIOD, f.period());
        writeUnlessRepeated(out, repeated, SOURCE, f.source());
        writeUnlessRepeated(out, repeated, ARTICLE, record.articleKey());
        writeUnlessRepeated(out, repeated, FILE, record.statsFile());
        RunFields.writeDecimal(out, f.value());
        out.writeByte(f.qualifier().ordinal());
        out.writeByte(f.origin().ordinal());
        RunFields.writeText(out, f.sentence());
        out.writeBoolean(record.aggregate());
        out.writeLong(record.firstSeen() == null ? NO_DATE : record.firstSeen().toEpochDay());
        out.writeInt(record.seq());
    }

    /** The flag bit of a field that repeats the previous record's (never for the first record, nor a null). */
    private int repeats(int field, String value) {
        return previous != null && previous[field] != null && previous[field].equals(value) ? 1 << field : 0;
    }

    private void writeUnlessRepeated(DataOutput out, int repeated, int field, String value) throws IOException {
        if ((repeated & (1 << field)) == 0) {
            RunFields.writeText(out, value);
            if (previous != null) {
                previous[field] = value;
            }
        }
    }

    @Override
    public StoredFact read(DataInput in) throws IOException {
        int repeated = in.readUnsignedByte();
        String[] fields = previous != null ? previous : new String[8];
        for (int i = 0; i < fields.length; i++) {
            if ((repeated & (1 << i)) == 0) {
                String text = RunFields.readText(in);
                fields[i] = i <= PERIOD ? sharedKeys.share(text) : text;
            } else if (previous == null) {
                throw new IOException("a record refers to the one before it outside a run");
            }
        }
        BigDecimal value = RunFields.readDecimal(in);
        Qualifier qualifier = QUALIFIERS[in.readByte()];
        Origin origin = ORIGINS[in.readByte()];
        String sentence = RunFields.readText(in);
        boolean aggregate = in.readBoolean();
        long day = in.readLong();
        int seq = in.readInt();
        return new StoredFact(new Fact(fields[METRIC], value, fields[UNIT], fields[REGION], fields[OPERATOR],
                fields[PERIOD], qualifier, origin, fields[SOURCE], sentence), aggregate,
                day == NO_DATE ? null : LocalDate.ofEpochDay(day), fields[ARTICLE], fields[FILE], seq);
    }

    /** Object headers, references and the characters of the text that is not shared between facts. */
    @Override
    public long heapBytes(StoredFact record) {
        Fact f = record.fact();
        return 240 + chars(f.source()) + chars(f.sentence()) + chars(record.articleKey()) + chars(record.statsFile());
    }

    private static long chars(String s) {
        return s == null ? 0 : 48 + 2L * s.length();
    }
}
