package org.infradigest.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
        List<Set<String>> markers = List.of(Set.of(), Set.of(), Set.of("-999", "9999"), Set.of("0"));
        List<Boolean> decimalCommas = List.of(false, true, false, true);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder cell = new StringBuilder();
            for (int i = random.nextInt(7); i > 0; i--) {
                cell.append(PIECES[random.nextInt(PIECES.length)]);
            }
            int r = random.nextInt(readers.size());
            String text = cell.toString();
            assertThat(readers.get(r).isMissing(text)).as("'%s' missing (reader %d)", text, r)
                    .isEqualTo(isMissing(text, markers.get(r)));
            assertThat(readers.get(r).parse(text)).as("'%s' (reader %d)", text, r)
                    .isEqualTo(parse(text, decimalCommas.get(r)));
        }
    }

    @Test
    void readsGroupedAndPlainNumbers() {
        assertThat(CellNumber.standard().parse("1,234.50")).isEqualTo(new BigDecimal("1234.50"));
        assertThat(CellNumber.standard().parse("1234.50")).isEqualTo(new BigDecimal("1234.50"));
        assertThat(new CellNumber(List.of(), true).parse("1.234")).isEqualTo(new BigDecimal("1234"));
        assertThat(new CellNumber(List.of("9999"), false).isMissing("9999")).isTrue();
        assertThat(CellNumber.standard().isMissing("9999")).isFalse();
    }

    /** The clean-up every cell went through before plain numbers were read directly. */
    private static BigDecimal parse(String cell, boolean decimalComma) {
        String text = cell.trim().replace("\u00a0", "").replace(" ", "").replace("\u202f", "").replace("'", "");
        text = decimalComma ? text.replace(".", "").replace(',', '.') : text.replace(",", "");
        if (text.startsWith("+")) {
            text = text.substring(1);
        }
        if (text.isEmpty() || !Character.isDigit(text.charAt(text.length() - 1))) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean isMissing(String cell, Set<String> extra) {
        Set<String> all = new HashSet<>(Set.of("", "..", "...", "\u2026", "-", "\u2013", "\u2014", "na", "n/a", "n.a.",
                "nan", "null", "none"));
        extra.forEach(m -> all.add(m.toLowerCase(Locale.ROOT)));
        return all.contains(cell.trim().toLowerCase(Locale.ROOT));
    }
}
