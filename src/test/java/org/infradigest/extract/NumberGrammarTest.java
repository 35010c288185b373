package org.infradigest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberGrammarTest {

    private final NumberGrammar grammar = new NumberGrammar();

    private List<NumberToken> numbersIn(String text) {
        return grammar.find(text);
    }

    @ParameterizedTest(name = "\"{0}\" is read as {1}")
    @CsvSource(delimiter = ';', value = {
            "China had 16,000 stations; 16000",
            "about 4.25 million users; 4250000",
            "some 1.2 billion users; 1200000000",
            "passes 2.64 mln by end-March; 2640000",
            "over eight million homes; 8000000",
            "Six foreign-funded companies; 6",
            "crossed 4.69 lakh users; 469000",
            "Jio has 1.5 crore users; 15000000",
            "All-India total 4,52,055; 452055",
            "Full-year 2023 3,58,624; 358624",
            "reach at 8m homes; 8000000",
            "twenty-five cities; 25"})
    void readsNumbersWithTheirScale(String text, String expected) {
        // when
        List<NumberToken> found = numbersIn(text);
        // then
        assertThat(found).extracting(NumberToken::value).containsExactly(new BigDecimal(expected).stripTrailingZeros());
    }

    @Test
    void readsComputingPowerWrittenWithoutASpace() {
        // given / when
        List<NumberToken> found = numbersIn("computing power reached 150EFlops");
        // then
        assertThat(found).singleElement().satisfies(n -> {
            assertThat(n.value()).isEqualByComparingTo("150");
            assertThat(n.unit()).isEqualTo("EFLOPS");
        });
    }

    @Test
    void readsCurrencyBeforeAndAfterTheNumber() {
        // when
        List<NumberToken> found = numbersIn("profit was CNY9.75 billion, investment 37.56 billion yuan and $1.35 billion");
        // then
        assertThat(found).extracting(NumberToken::value).map(BigDecimal::toPlainString)
                .containsExactly("9750000000", "37560000000", "1350000000");
        assertThat(found).extracting(NumberToken::currency).containsExactly("CNY", "CNY", "USD");
    }

    @Test
    void readsEveryWayOfWritingAPercentage() {
        // when
        List<NumberToken> found = numbersIn("36.3 percent of stations, 96 per cent of people and 47% of homes");
        // then
        assertThat(found).extracting(NumberToken::value).map(BigDecimal::toPlainString).containsExactly("36.3", "96", "47");
        assertThat(found).allMatch(NumberToken::percent);
    }

    @Test
    void joinsADecimalBrokenAcrossALineByABadCopy() {
        // given
        String text = NumberGrammar.repairBrokenDecimals("coverage reached 53.\n1 percent of homes");
        // when
        List<NumberToken> found = numbersIn(text);
        // then
        assertThat(found).singleElement().satisfies(n -> {
            assertThat(n.value()).isEqualByComparingTo("53.1");
            assertThat(n.percent()).isTrue();
        });
    }

    @ParameterizedTest(name = "\"{0}\" holds no figure")
    @ValueSource(strings = {"5G base stations", "5G-A networks", "the 3.4GHz band", "low-band (800MHz) sites",
            "speeds of 100 Mbps or faster", "upgrade to DOCSIS 3.1", "in 2023", "as of 30 September 2021",
            "BEIJING, April 20 (Xinhua)", "the 22nd congress", "China Telecom's Q3 report", "In H1", "at end-2023",
            "Update time: 2022/10/28 15:38", "According to C114.net", "10-gigabit optical networks",
            "one-third of all", "Sept. 23"})
    void leavesOutWhatOnlyLooksLikeAFigure(String text) {
        assertThat(numbersIn(text)).isEmpty();
    }

    @Test
    void readsAWholeTableCell() {
        assertThat(grammar.cellValue("4,52,055")).isEqualByComparingTo("452055");
        assertThat(grammar.cellValue("30214")).isEqualByComparingTo("30214");
        assertThat(grammar.cellValue("Karnataka")).isNull();
    }

    @Test
    void tellsWhatMakesANumberNoFigureAsTheExpressionDid() {
        // given what may follow a number: units in their case and not, ordinals, times, letters of other scripts,
        // numbers of other kinds, marks, surrogates, white space \s has and some it has not
        Pattern notAFigureAfter = Pattern.compile(
                "^(?:[\\p{L}]|-[\\p{L}\\p{N}]|\\s?(?:GHz|MHz|kHz|Gbps|Mbps|Kbps|kbps|Tbps|Gbit|Mbit|km|kilomet|metre|"
                        + "meter|ms\\b|MW|GW|kW|nm|dB|TB|GB|MB|sq\\b|:\\d|/\\d|st\\b|nd\\b|rd\\b|th\\b))");
        String[] pieces = {"GHz", "ghz", "MHz", "kHz", "Gbps", "Mbps", "Kbps", "kbps", "Tbps", "Gbit", "Mbit", "km",
            "kilomet", "metre", "meter", "ms", "MW", "GW", "kW", "nm", "dB", "TB", "GB", "MB", "sq", "st", "nd", "rd",
            "th", "s", "m", ":", "/", "-", "5", "0", "_", " ", "  ", "\t", "\n", "\u00A0", "\u2028", ",", ".", "%",
            "\u0301", "é", "\u2167", "\u00B2", "\u0663", "\uD835\uDC00", "\uD800", "\uDC00", "(", "base", "x"};
        SplittableRandom random = new SplittableRandom(41);
        int noFigure = 0;
        for (int i = 0; i < 100_000; i++) {
            String rest = RandomTexts.of(random, pieces, 5);

            // when / then
            boolean expected = notAFigureAfter.matcher(rest).lookingAt();
            assertThat(NumberGrammar.isNotAFigureAfter(rest)).as("%s", rest.chars().boxed().toList())
                    .isEqualTo(expected);
            noFigure += expected ? 1 : 0;
        }
        assertThat(noFigure).isBetween(10_000, 90_000);
    }
}
