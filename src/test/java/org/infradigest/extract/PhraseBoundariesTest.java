package org.infradigest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class PhraseBoundariesTest {

    // The regular expressions the scans were written from: they must answer the same on every text.
    private static final Pattern STOP = Pattern.compile(
            "(?i)(?=[,;:.!?–—\\s])(?:[,;:.!?](?=\\s|$)|[–—]|\\s(?:and|or|but|while|which|that|who|with|as|in|by|at|"
                    + "from|since|to|after|before|when|could|can|will|would|went|came)\\s)");
    private static final Pattern FUNCTION_WORD_START = Pattern.compile(
            "(?i)^(?:$|[,;.)(]|(?:in|at|by|as|and|or|of|to|for|from|on|since|a|the|is|are|was|were|have|has|had|"
                    + "this|last|versus|against|while|with|mark|level|figure|now|then|so|in total|more|fewer|less|"
                    + "per|respectively)\\b)");
    private static final Pattern NEXT_FIGURE = Pattern.compile(
            "(?<![\\p{L}\\d.,])\\d[\\d,.]*(?![\\d]*\\s?(?:G\\b|GHz|MHz|Mbps))");

    /**
     * Words of both lists in several cases and with letters around them, every white space {@code \s} has and some
     * it has not, line ends, punctuation, digits, '_', combining marks (one outside the BMP) and letters that fold to
     * ASCII ones only under Unicode case rules (Kelvin sign, long s, dotless and dotted i).
     */
    private static final String[] PIECES = {"and", "AND", "aNd", "an", "andes", "or", "Or", "ore", "but", "while",
        "which", "that", "who", "With", "as", "AS", "as_", "in", "In", "in2", "in total", "IN TOTAL", "in  total",
        "by", "at", "from", "since", "to", "after", "before", "when", "could", "can", "will", "would", "went", "came",
        "of", "for", "on", "a", "A", "the", "is", "are", "was", "were", "have", "has", "had", "this", "last",
        "versus", "against", "mark", "level", "figure", "now", "then", "so", "more", "fewer", "less", "per",
        "respectively", "sites", "5G", "base stations", "x", "7", "_", " ", " ", " ", "  ", "\t", "\n", "\r", "\r\n",
        "\u000B", "\f", "\u00A0", "\u0085", "\u2028", "\u2029", ",", ";", ":", ".", "!", "?", "–", "—", "-", "(",
        ")", "\u0301", "\uD834\uDD67", "é", "\u212A", "\u017F", "\u0131", "\u0130", "ı", "Ä"};

    @Test
    void stopsWhereTheExpressionFindsItsFirstMatch() {
        SplittableRandom random = new SplittableRandom(17);
        int stops = 0;
        for (int i = 0; i < 100_000; i++) {
            // given
            String text = randomText(random);

            // when / then
            Matcher m = STOP.matcher(text);
            int expected = m.find() ? m.start() : -1;
            assertThat(PhraseBoundaries.stop(text)).as("%s", text.chars().boxed().toList()).isEqualTo(expected);
            stops += expected >= 0 ? 1 : 0;
        }
        assertThat(stops).as("texts with a stop").isBetween(10_000, 90_000);
    }

    @Test
    void startsWithAFunctionWordWhereTheExpressionMatchesAtTheStart() {
        SplittableRandom random = new SplittableRandom(19);
        int starts = 0;
        for (int i = 0; i < 100_000; i++) {
            // given: as the binder passes it (trimmed) and as it is
            String text = randomText(random);
            String trimmed = text.trim();

            // when / then
            boolean expected = FUNCTION_WORD_START.matcher(trimmed).lookingAt();
            assertThat(PhraseBoundaries.startsWithFunctionWord(trimmed)).as("%s", trimmed.chars().boxed().toList())
                    .isEqualTo(expected);
            assertThat(PhraseBoundaries.startsWithFunctionWord(text)).as("%s", text.chars().boxed().toList())
                    .isEqualTo(FUNCTION_WORD_START.matcher(text).lookingAt());
            starts += expected ? 1 : 0;
        }
        assertThat(starts).as("texts starting with a function word").isBetween(10_000, 90_000);
    }

    /** Digits and what runs into them: points, commas, units in their case and not, letters, marks, surrogates. */
    private static final String[] FIGURE_PIECES = {"5", "37", "2024", "1,000", "3.5", ".", ",", "G", "GHz", "MHz",
        "Mbps", "Gbps", "g", "ghz", "GH", "Gx", "G_", "G5", "G\u0301", " ", "  ", "\t", "\u00A0", "\n", "a", "X",
        "é", "_", "-", "(", "\u0301", "\uD835\uDC00", "\uD800", "\uDC00", "sites", " and "};

    @Test
    void findsTheNextFigureWhereTheExpressionDoes() {
        SplittableRandom random = new SplittableRandom(31);
        int figures = 0;
        for (int i = 0; i < 100_000; i++) {
            // given
            String t = RandomTexts.of(random, FIGURE_PIECES, 8);

            // when / then
            Matcher m = NEXT_FIGURE.matcher(t);
            int expected = m.find() ? m.start() : -1;
            assertThat(PhraseBoundaries.nextFigure(t)).as("%s", t.chars().boxed().toList()).isEqualTo(expected);
            figures += expected >= 0 ? 1 : 0;
        }
        assertThat(figures).as("texts with a figure").isBetween(10_000, 90_000);
    }

    private static String randomText(SplittableRandom random) {
        return RandomTexts.of(random, PIECES, 9);
    }
}
