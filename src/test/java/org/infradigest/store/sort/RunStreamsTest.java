package org.infradigest.store.sort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class RunStreamsTest {

    private static final String[] TEXTS = {"", "base_stations_5g", "北京 · 中国移动", "a\u0000b", "😀 ok", "x".repeat(300),
            "https://news.example/2025/07/01/beijing-5g"};

    @Test
    void aRunIsWrittenByteForByteAsDataOutputStreamWouldAndReadsBackThroughTinyBuffers() throws IOException {
        // given: a random mix of every kind of field, some longer than the buffers
        long seed = 20250701;
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(expected)) {
            write(out, new Random(seed));
        }

        // when
        ByteArrayOutputStream actual = new ByteArrayOutputStream();
        try (RunOutput out = new RunOutput(actual, 7)) {
            write(out, new Random(seed));
        }

        // then
        assertThat(actual.toByteArray()).isEqualTo(expected.toByteArray());
        for (int bufferSize : new int[] {5, 64, 1 << 16}) {
            try (RunInput in = new RunInput(new ByteArrayInputStream(actual.toByteArray()), bufferSize)) {
                Random random = new Random(seed);
                for (Object value : values(random)) {
                    Object read = switch (value) {
                        case Integer i -> in.readInt();
                        case Long l -> in.readLong();
                        case Boolean b -> in.readBoolean();
                        case Byte b -> in.readByte();
                        case BigDecimal d -> RunFields.readDecimal(in);
                        case String s -> RunFields.readText(in);
                        case Utf u -> new Utf(in.readUTF());
                        default -> throw new IllegalStateException();
                    };
                    assertThat(read).as("buffer %d", bufferSize).isEqualTo(value);
                }
                assertThatThrownBy(in::readByte).isInstanceOf(EOFException.class);
            }
        }
    }

    /** Text written with writeUTF, not RunFields. */
    private record Utf(String text) {
    }

    private static void write(DataOutput out, Random random) throws IOException {
        for (Object value : values(random)) {
            switch (value) {
                case Integer i -> out.writeInt(i);
                case Long l -> out.writeLong(l);
                case Boolean b -> out.writeBoolean(b);
                case Byte b -> out.writeByte(b);
                case BigDecimal d -> RunFields.writeDecimal(out, d);
                case String s -> RunFields.writeText(out, s);
                case Utf u -> out.writeUTF(u.text());
                default -> throw new IllegalStateException();
            }
        }
    }

    private static List<Object> values(Random random) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            values.add(switch (random.nextInt(7)) {
                case 0 -> random.nextInt();
                case 1 -> random.nextLong();
                case 2 -> random.nextBoolean();
                case 3 -> (byte) random.nextInt();
                case 4 -> BigDecimal.valueOf(random.nextLong(), random.nextInt(12));
                case 5 -> new Utf(TEXTS[random.nextInt(TEXTS.length)]);
                default -> TEXTS[random.nextInt(TEXTS.length)];
            });
        }
        return values;
    }
}
