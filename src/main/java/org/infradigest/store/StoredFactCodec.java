package org.infradigest.store;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.infradigest.domain.Fact;
import org.infradigest.domain.Origin;
import org.infradigest.domain.Qualifier;
import org.infradigest.store.sort.RunCodec;

/** A stored fact in a spilled sort run: length-prefixed UTF-8 text, the value as unscaled number and scale. */
final class StoredFactCodec implements RunCodec<StoredFact> {

    private static final Qualifier[] QUALIFIERS = Qualifier.values();
    private static final Origin[] ORIGINS = Origin.values();
    private static final int NULL = -1;
    private static final long NO_DATE = Long.MIN_VALUE;

    @Override
    public void write(StoredFact record, DataOutput out) throws IOException {
        Fact f = record.fact();
        text(out, f.metric());
        value(out, f.value());
        text(out, f.unit());
        text(out, f.region());
        text(out, f.operator());
        text(out, f.period());
        out.writeByte(f.qualifier().ordinal());
        out.writeByte(f.origin().ordinal());
        text(out, f.source());
        text(out, f.sentence());
        out.writeBoolean(record.aggregate());
        out.writeLong(record.firstSeen() == null ? NO_DATE : record.firstSeen().toEpochDay());
        text(out, record.articleKey());
        text(out, record.statsFile());
        out.writeInt(record.seq());
    }

    @Override
    public StoredFact read(DataInput in) throws IOException {
        String metric = text(in);
        BigDecimal value = value(in);
        String unit = text(in);
        String region = text(in);
        String operator = text(in);
        String period = text(in);
        Qualifier qualifier = QUALIFIERS[in.readByte()];
        Origin origin = ORIGINS[in.readByte()];
        String source = text(in);
        String sentence = text(in);
        boolean aggregate = in.readBoolean();
        long day = in.readLong();
        String articleKey = text(in);
        String statsFile = text(in);
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

    private static void text(DataOutput out, String s) throws IOException {
        if (s == null) {
            out.writeInt(NULL);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String text(DataInput in) throws IOException {
        int length = in.readInt();
        if (length == NULL) {
            return null;
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void value(DataOutput out, BigDecimal value) throws IOException {
        BigInteger unscaled = value.unscaledValue();
        out.writeInt(value.scale());
        if (unscaled.bitLength() < 63) {
            out.writeByte(0);
            out.writeLong(unscaled.longValue());
        } else {
            byte[] bytes = unscaled.toByteArray();
            out.writeByte(bytes.length);
            out.write(bytes);
        }
    }

    private static BigDecimal value(DataInput in) throws IOException {
        int scale = in.readInt();
        int length = in.readByte();
        if (length == 0) {
            return BigDecimal.valueOf(in.readLong(), scale);
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new BigDecimal(new BigInteger(bytes), scale);
    }
}
