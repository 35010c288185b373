package org.infradigest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class DigitGroupsTest {

    /** The expression the scan was written from, as the grammar ran it at every digit a figure can start at. */
    private static final Pattern DIGITS = Pattern.compile(
            "(?=\\d)(?<![\\p{N}.,/:])(\\d{1,3}(?:,\\d{2})+,\\d{3}|\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?");

    /** Digits, commas and points in every grouping, and what may stand around them. */
    private static final String[] PIECES = {"0", "4", "12", "123", "1234", ",", ",00", ",000", ",12", ",123", ",00",
        ",000", ",12", ",123", ".", ".5", "..", " ", "x", "-", "/", ":", "\u0663", "\u00B2"};

    @Test
    void readsTheGroupsTheExpressionReads() {
        SplittableRandom random = new SplittableRandom(47);
        int grouped = 0;
        for (int i = 0; i < 100_000; i++) {
            // given
            String text = RandomTexts.of(random, PIECES, 9);
            Matcher m = DIGITS.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            for (int p = 0; p < text.length(); p++) {
                if (!m.region(p, text.length()).lookingAt()) {
                    continue;
                }

                // when
                DigitGroups digits = DigitGroups.at(text, p);

                // then
                assertThat(digits).as("%s at %d", text, p).isEqualTo(new DigitGroups(p, m.end(1), m.end()));
                assertThat(digits.integerPart(text)).isEqualTo(m.group(1));
                assertThat(digits.fraction(text)).isEqualTo(m.group(2));
                grouped += m.group(1).indexOf(',') >= 0 ? 1 : 0;
            }
        }
        assertThat(grouped).as("figures with groups").isGreaterThan(3_000);
    }

    @Test
    void readsIndianAndWesternGroupingAndDecimals() {
        assertThat(DigitGroups.at("4,52,055 users", 0)).isEqualTo(new DigitGroups(0, 8, 8));
        assertThat(DigitGroups.at("1,000,000.5", 0)).isEqualTo(new DigitGroups(0, 9, 11));
        assertThat(DigitGroups.at("2024.", 0)).isEqualTo(new DigitGroups(0, 4, 4));
    }
}
