package org.infradigest.store.sort;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class RunFieldsTest {

    @Test
    void textAndDecimalsComeBackAsTheyWent() throws IOException {
        List<String> texts = Arrays.asList("", null, "北京 · 中国移动", "a\u0000b", "😀", "x".repeat(70_000));
        List<BigDecimal> decimals = List.of(new BigDecimal("16000.0000000000"), new BigDecimal("-0.0000000001"),
                new BigDecimal("9999999999999999999999999999.9999999999"), BigDecimal.ZERO, new BigDecimal("36.3"));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (String text : texts) {
                RunFields.writeText(out, text);
            }
            for (BigDecimal decimal : decimals) {
                RunFields.writeDecimal(out, decimal);
            }
        }

        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            for (String text : texts) {
                assertThat(RunFields.readText(in)).isEqualTo(text);
            }
            for (BigDecimal decimal : decimals) {
                // same value and scale: 16000.0000000000 stays as the database gave it
                assertThat(RunFields.readDecimal(in)).isEqualTo(decimal);
            }
            assertThat(in.read()).isEqualTo(-1);
        }
    }
}
