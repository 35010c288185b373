package org.infradigest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class AsciiLiteralsTest {

    /** Pieces of the literals, in several cases, and letters that fold to ASCII ones only under Unicode rules. */
    private static final String[] PIECES = {"stake", "STAKES", "sta", "ke", "share", "holding", "Shareholdings",
        "equity", "equity interest", "Equity  interest", "GHz", "ghz", "MHZ", "mhz", "Hz", "band", "Band", "bands",
        "broadband", "spectrum", "SPECTRUM", "average", "Average", "per tower", "per  tower", "per site", "per user",
        "per capita", "ARPU", "arpu", "ratio", "Ratios", "ration", "a", "s", " ", ",", "5", "_", "\u0301", "é",
        "\u212A", "\u017F", "\u0131", "\u0130", "x", "Äverage"};

    @Test
    void findsALiteralWhereverItStandsInEitherCase() {
        // given
        AsciiLiterals literals = AsciiLiterals.of("stake", "GHz", "per tower");

        // when / then
        assertThat(literals.anyIn("a STAKE in it")).isTrue();
        assertThat(literals.anyIn("3.5ghz")).isTrue();
        assertThat(literals.anyIn("Per Tower")).isTrue();
        assertThat(literals.anyIn("stak")).isFalse();
        assertThat(literals.anyIn("per  tower")).as("a space is itself only").isFalse();
        assertThat(literals.anyIn("\u017Ftake")).as("long s folds to 's' under Unicode rules only").isFalse();
        assertThat(literals.anyIn("")).isFalse();
        assertThatThrownBy(() -> AsciiLiterals.of("é")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void answersAsAPlainSearchOfEachLiteralDoes() {
        List<String> words = List.of("stake", "shareholding", "equity interest", "GHz", "MHz", "band", "spectrum");
        AsciiLiterals literals = new AsciiLiterals(words);
        SplittableRandom random = new SplittableRandom(23);
        int found = 0;
        for (int i = 0; i < 50_000; i++) {
            // given
            String text = randomText(random);

            // when / then: ASCII letters folded in both, nothing else
            String folded = asciiLowerCase(text);
            boolean expected = words.stream().anyMatch(w -> folded.contains(w.toLowerCase(Locale.ROOT)));
            assertThat(literals.anyIn(text)).as(text).isEqualTo(expected);
            found += expected ? 1 : 0;
        }
        assertThat(found).isBetween(5_000, 45_000);
    }

    @Test
    void theNotFactFiltersSearchesFindWhatTheirExpressionsFind() {
        // given the three expressions with the literals they are skipped without
        record Search(Pattern pattern, AsciiLiterals needs) {
        }
        List<Search> searches = List.of(new Search(NotFactFilter.STAKE, NotFactFilter.STAKE_WORDS),
                new Search(NotFactFilter.SPECTRUM, NotFactFilter.SPECTRUM_WORDS),
                new Search(NotFactFilter.AVERAGE, NotFactFilter.AVERAGE_WORDS));
        SplittableRandom random = new SplittableRandom(29);
        int matches = 0;
        for (int i = 0; i < 50_000; i++) {
            String text = randomText(random);
            for (Search search : searches) {
                // when / then
                boolean expected = search.pattern().matcher(text).find();
                assertThat(search.needs().find(search.pattern(), text)).as("%s in %s", search.pattern(), text)
                        .isEqualTo(expected);
                matches += expected ? 1 : 0;
            }
        }
        assertThat(matches).as("texts the expressions match").isGreaterThan(10_000);
    }

    private static String asciiLowerCase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return out.toString();
    }

    private static String randomText(SplittableRandom random) {
        return RandomTexts.of(random, PIECES, 8);
    }
}
