package org.infradigest.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class CellNumberTest {

    private static final String[] PIECES = {"0", "1", "7", "42", "999", ".", ",", " ", "\u00a0", "\u202f", "'", "+",
        "-", "e", "E5", "..", "n/a", "NA", "\u2026", "x", "\u0663", "\t"};

    @Test
    void readsCellsAsTheCleanUpAloneDid() {
        SplittableRandom random = new SplittableRandom(12);
        List<CellNumber> readers = List.of(CellNumber.standard(), new CellNumber(List.of(), true),
                new CellNumber(List.of("-999", "9999"), false), new CellNumber(List.of("0"), true));
        for (int n = 0; n < 200_000; n++) {
            StringBuilder cell = new StringBuilder();
            for (int i = random.nextInt(7); i > 0; i--) {
                cell.append(PIECES[random.nextInt(PIECES.length)]);
            }
            CellNumber reader = readers.get(random.nextInt(readers.size()));
            String text = cell.toString();
            assertThat(reader.isMissing(text)).as("'%s' missing", text).isEqualTo(reader.isMarker(text));
            assertThat(reader.parse(text)).as("'%s'", text).isEqualTo(reader.cleanedUp(text));
        }
    }

    @Test
    void readsGroupedAndPlainNumbers() {
        assertThat(CellNumber.standard().parse("1,234.50")).isEqualTo(new BigDecimal("1234.50"));
        assertThat(CellNumber.standard().parse("1234.50")).isEqualTo(new BigDecimal("1234.50"));
        assertThat(new CellNumber(List.of(), true).parse("1.234")).isEqualTo(new BigDecimal("1234"));
        assertThat(new CellNumber(List.of("9999"), false).isMissing("9999")).isTrue();
        assertThat(CellNumber.standard().isMissing("9999")).isFalse();
        assertThat(List.of("", "..", " N/A ", "\u2026", "none")).allMatch(CellNumber.standard()::isMissing);
        assertThat(CellNumber.standard().parse("+ 1 234")).isEqualTo(new BigDecimal("1234"));
        assertThat(CellNumber.standard().parse("12e")).isNull();
    }
}
