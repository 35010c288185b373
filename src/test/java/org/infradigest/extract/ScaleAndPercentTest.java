package org.infradigest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class ScaleAndPercentTest {

    /** The expression the scan was written from. */
    private static final Pattern AFTER = Pattern.compile("^(?:\\s?(thousand|million|mln|mn|billion|bn|trillion|lakhs?"
            + "|crores?|m|k)(?![\\p{L}]))?(?:\\s?(%|percent|per\\s+cent|pct)(?![\\p{L}]))?", Pattern.CASE_INSENSITIVE);

    /** Scales and percent signs in several cases, cut short and run on, white space \s has and not, letters, marks. */
    private static final String[] PIECES = {"thousand", "Thousand", "million", "MILLION", "millions", "mln", "mn",
        "billion", "bn", "BN", "trillion", "lakh", "lakhs", "Lakhs", "crore", "crores", "m", "M", "k", "K", "%",
        "percent", "Percent", "per cent", "per  cent", "per\tcent", "per", "cent", "pct", "PCT", " ", "  ", "\t", "\n",
        "\u00A0", "\u2028", "s", "x", "é", "\u0301", "\uD835\uDC00", "5", ".", ",", "-", "homes", "of"};

    @Test
    void findsWhatTheExpressionFinds() {
        SplittableRandom random = new SplittableRandom(43);
        int scales = 0;
        int percents = 0;
        for (int i = 0; i < 100_000; i++) {
            // given
            String rest = RandomTexts.of(random, PIECES, 5);
            Matcher m = AFTER.matcher(rest);
            assertThat(m.lookingAt()).isTrue();

            // when
            ScaleAndPercent found = ScaleAndPercent.of(rest);

            // then
            assertThat(found).as("%s", rest.chars().boxed().toList())
                    .isEqualTo(new ScaleAndPercent(m.group(1), m.group(2), m.end()));
            scales += m.group(1) != null ? 1 : 0;
            percents += m.group(2) != null ? 1 : 0;
        }
        assertThat(scales).isBetween(10_000, 90_000);
        assertThat(percents).isBetween(5_000, 90_000);
    }

    @Test
    void readsTheUsualCases() {
        assertThat(ScaleAndPercent.of(" million homes")).isEqualTo(new ScaleAndPercent("million", null, 8));
        assertThat(ScaleAndPercent.of("bn yuan")).isEqualTo(new ScaleAndPercent("bn", null, 2));
        assertThat(ScaleAndPercent.of("% of")).isEqualTo(new ScaleAndPercent(null, "%", 1));
        assertThat(ScaleAndPercent.of(" per cent.")).isEqualTo(new ScaleAndPercent(null, "per cent", 9));
        assertThat(ScaleAndPercent.of(" millions")).isEqualTo(new ScaleAndPercent(null, null, 0));
    }
}
