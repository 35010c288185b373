package org.infradigest.store.sort;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/** How codecs write text and decimal values to a spilled run: length-prefixed UTF-8 (null allowed), scale + digits. */
public final class RunFields {

    private static final int NULL = -1;

    private RunFields() {
    }

    public static void writeText(DataOutput out, String s) throws IOException {
        if (s == null) {
            out.writeInt(NULL);
            return;
        }
        // String.getBytes checks ASCII text in one vectorised pass and copies it whole: ten times the speed of
        // testing and copying it a char at a time into the run's buffer
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    public static String readText(DataInput in) throws IOException {
        int length = in.readInt();
        if (length == NULL) {
            return null;
        }
        if (in instanceof RunInput run) {
            return run.readText(length);
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** A long's worth of digits as a long, more as bytes: nearly every figure fits the first. */
    public static void writeDecimal(DataOutput out, BigDecimal value) throws IOException {
        BigInteger unscaled = value.unscaledValue();
        out.writeInt(value.scale());
        if (unscaled.bitLength() < 63) {
            out.writeByte(0);
            out.writeLong(unscaled.longValue());
        } else {
            byte[] bytes = unscaled.toByteArray();
            if (bytes.length > 255) { // far beyond DECIMAL(38): no column holds such a number
                throw new IllegalArgumentException("a decimal of " + bytes.length + " bytes cannot be spilled");
            }
            out.writeByte(bytes.length);
            out.write(bytes);
        }
    }

    public static BigDecimal readDecimal(DataInput in) throws IOException {
        int scale = in.readInt();
        int length = in.readUnsignedByte();
        if (length == 0) {
            return BigDecimal.valueOf(in.readLong(), scale);
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new BigDecimal(new BigInteger(bytes), scale);
    }
}
