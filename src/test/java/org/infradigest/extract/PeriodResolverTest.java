package org.infradigest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodResolverTest {

    private final PeriodResolver resolver = new PeriodResolver();

    private List<String> periods(String text, LocalDate published) {
        return resolver.find(text, published).stream().map(PeriodMention::period).toList();
    }

    @ParameterizedTest(name = "\"{0}\" published {1} is {2}")
    @CsvSource(delimiter = ';', value = {
            "as of April; 2022-06-11; 2022-04",
            "by the end of March this year; 2023-04-20; 2023-03",
            "by the end of last year; 2024-03-19; 2023",
            "at end-2023; 2024-12-13; 2023",
            "at the close of 2023; 2024-03-19; 2023",
            "in the first seven months; 2024-08-27; 2024-01/2024-07",
            "In the first three quarters, the operators added; 2024-10-25; 2024-01/2024-09",
            "In H1 the leader added; 2024-12-13; 2024-01/2024-06",
            "by end-June; 2024-12-13; 2024-06",
            "Deployments totalled 3,346 in July; 2024-08-27; 2024-07",
            "Full-year 2023; 2024-08-27; 2023",
            "2024 year to date; 2024-08-27; 2024-01/2024-07",
            "as of 30 September 2021; 2021-12-16; 2021-09-30",
            "in September 2021; 2021-12-16; 2021-09",
            "as of the end of September; 2022-10-28; 2022-09",
            "by the end of August; 2025-09-24; 2025-08",
            "a peak of 9,733 in March; 2024-08-27; 2024-03",
            "in Q3; 2024-12-13; 2024-07/2024-09",
            "this year; 2023-04-20; 2023",
            "next year; 2023-04-20; 2024"})
    void resolvesTimeExpressionsAgainstTheArticleDate(String text, LocalDate published, String expected) {
        assertThat(periods(text, published)).containsExactly(expected);
    }

    @Test
    void takesTheMostRecentSuchMonthNotAfterTheArticleDate() {
        // given an article of February 2024 that speaks of "December"
        // then December is the one just past
        assertThat(periods("by the end of December", LocalDate.of(2024, 2, 10))).containsExactly("2023-12");
        assertThat(periods("in February", LocalDate.of(2024, 2, 10))).containsExactly("2024-02");
    }

    @Test
    void resolvesAYearBeforeAgainstTheOtherPeriodOfTheSentence() {
        // when
        List<String> found = periods("13.7 million premises in September 2021, versus 7.9 million a year before",
                LocalDate.of(2021, 12, 16));
        // then
        assertThat(found).containsExactly("2021-09", "2020-09");
    }

    @Test
    void leavesThePeriodUnknownWithoutADateOrAWrittenYear() {
        assertThat(periods("by the end of March", null)).containsExactly((String) null);
        assertThat(periods("at end-2023", null)).containsExactly("2023");
    }

    @Test
    void marksPointsOfComparisonAsReferences() {
        // when
        List<PeriodMention> found = resolver.find("up by a net 140 million since the end of last year",
                LocalDate.of(2025, 9, 24));
        // then
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.period()).isEqualTo("2024");
            assertThat(m.reference()).isTrue();
        });
    }

    @Test
    void marksADeadlineAfterTheArticleDateAsFuture() {
        assertThat(resolver.find("for a total of 2.9 million by the end of 2023", LocalDate.of(2023, 4, 20)))
                .singleElement().satisfies(m -> assertThat(m.future()).isTrue());
    }

    @Test
    void doesNotTakeSpeedsOrCountsForYears() {
        assertThat(periods("access at 1000 Mbps or faster", LocalDate.of(2022, 10, 28))).isEmpty();
    }

    @Test
    void theLeadingWordIsTheOneASplitOnWhiteSpaceGives() {
        // given texts of words, optional ones among them, and runs of every white space \s has and some it has not
        String[] pieces = {"by", "the", "End", "of", "close", "first", "with", "compared", "to", "since", "x", "",
            " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u00A0", "\u2028", "\u001C", "\u0085", "é", "İ"};
        SplittableRandom random = new SplittableRandom(37);
        for (int i = 0; i < 50_000; i++) {
            String t = RandomTexts.of(random, pieces, 8);

            // when / then
            assertThat(PeriodResolver.leadingWord(t)).as("%s", t.chars().boxed().toList()).isEqualTo(leadingWord(t));
        }
    }

    /** The leading word as it was defined, on the words of {@code \s+}'s split. */
    private static String leadingWord(String before) {
        String[] words = Pattern.compile("\\s+").split(before.trim().toLowerCase(Locale.ROOT));
        int i = words.length - 1;
        while (i >= 0 && List.of("the", "end", "close", "of", "first").contains(words[i])) {
            i--;
        }
        if (i < 0) {
            return "";
        }
        if (i > 0 && (words[i].equals("with") || words[i].equals("to"))) {
            return words[i - 1] + " " + words[i];
        }
        return words[i];
    }
}
