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

/** A stored fact in a spilled sort run ({@link RunFields} for its text and value). */
final class StoredFactCodec implements RunCodec<StoredFact> {

    private static final Qualifier[] QUALIFIERS = Qualifier.values();
    private static final Origin[] ORIGINS = Origin.values();
    private static final long NO_DATE = Long.MIN_VALUE;

    @Override
    public void write(StoredFact record, DataOutput out) throws IOException {
        Fact f = record.fact();
        RunFields.writeText(out, f.metric());
        RunFields.writeDecimal(out, f.value());
        RunFields.writeText(out, f.unit());
        RunFields.writeText(out, f.region());
        RunFields.writeText(out, f.operator());
        RunFields.writeText(out, f.period());
        out.writeByte(f.qualifier().ordinal());
        out.writeByte(f.origin().ordinal());
        RunFields.writeText(out, f.source());
        RunFields.writeText(out, f.sentence());
        out.writeBoolean(record.aggregate());
        out.writeLong(record.firstSeen() == null ? NO_DATE : record.firstSeen().toEpochDay());
        RunFields.writeText(out, record.articleKey());
        RunFields.writeText(out, record.statsFile());
        out.writeInt(record.seq());
    }

    @Override
    public StoredFact read(DataInput in) throws IOException {
        String metric = RunFields.readText(in);
        BigDecimal value = RunFields.readDecimal(in);
        String unit = RunFields.readText(in);
        String region = RunFields.readText(in);
        String operator = RunFields.readText(in);
        String period = RunFields.readText(in);
        Qualifier qualifier = QUALIFIERS[in.readByte()];
        Origin origin = ORIGINS[in.readByte()];
        String source = RunFields.readText(in);
        String sentence = RunFields.readText(in);
        boolean aggregate = in.readBoolean();
        long day = in.readLong();
        String articleKey = RunFields.readText(in);
        String statsFile = RunFields.readText(in);
        int seq = in.readInt();
        return new StoredFact(new Fact(metric, value, unit, region, operator, period, qualifier, origin, source,
                sentence), aggregate, day == NO_DATE ? null : LocalDate.ofEpochDay(day), articleKey, statsFile, seq);
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
