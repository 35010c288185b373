package org.infradigest.store.sort;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Date;
import java.util.List;

/**
 * Rows of typed columns ({@code Object[]}, nulls allowed) in a spilled run, for sorts of query results and of
 * rows about to be inserted.
 */
public final class RowCodec implements RunCodec<Object[]> {

    /** What a column holds: String, BigDecimal, java.sql.Date, Long or Integer, Boolean. */
    public enum Type { TEXT, DECIMAL, DATE, LONG, INT, BOOLEAN }

    private final Type[] types;

    public RowCodec(List<Type> types) {
        this.types = types.toArray(Type[]::new);
    }

    @Override
    public void write(Object[] row, DataOutput out) throws IOException {
        for (int i = 0; i < types.length; i++) {
            Object value = row[i];
            out.writeBoolean(value != null);
            if (value == null) {
                continue;
            }
            switch (types[i]) {
                case TEXT -> RunFields.writeText(out, (String) value);
                case DECIMAL -> RunFields.writeDecimal(out, (BigDecimal) value);
                case DATE -> out.writeLong(((Date) value).toLocalDate().toEpochDay());
                case LONG -> out.writeLong((Long) value);
                case INT -> out.writeInt((Integer) value);
                case BOOLEAN -> out.writeBoolean((Boolean) value);
            }
        }
    }

    @Override
    public Object[] read(DataInput in) throws IOException {
        Object[] row = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            if (!in.readBoolean()) {
                continue;
            }
            row[i] = switch (types[i]) {
                case TEXT -> RunFields.readText(in);
                case DECIMAL -> RunFields.readDecimal(in);
                case DATE -> Date.valueOf(java.time.LocalDate.ofEpochDay(in.readLong()));
                case LONG -> in.readLong();
                case INT -> in.readInt();
                case BOOLEAN -> in.readBoolean();
            };
        }
        return row;
    }

    @Override
    public long heapBytes(Object[] row) {
        long bytes = 16 + 8L * row.length;
        for (Object value : row) {
            bytes += value instanceof String s ? 48 + 2L * s.length() : value == null ? 0 : 40;
        }
        return bytes;
    }
}
