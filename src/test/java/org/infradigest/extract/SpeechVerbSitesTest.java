package org.infradigest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class SpeechVerbSitesTest {

    private static final List<String> VERBS = List.of("said", "noted", "pointed out");
    private final SpeechVerbSites sites = new SpeechVerbSites(VERBS, StatementExtractor.alternation(VERBS));

    @Test
    void seesAVerbAfterACommaOrAClosingQuoteAfterOne() {
        assertThat(sites.of("Coverage will widen, said Lu Jianwen.").afterComma()).isTrue();
        assertThat(sites.of("\"We lead,\" said Lu Jianwen.").afterComma()).isTrue();
        assertThat(sites.of("Coverage will widen, Lu said.").afterComma()).isFalse();
    }

    @Test
    void seesAVerbAfterANameAndAfterTheFirstWord() {
        // given
        SpeechVerbSites.Sites named = sites.of("Beijing branch general manager Lu Jianwen pointed  out that it grew.");
        SpeechVerbSites.Sites first = sites.of("Lu noted that the network grew.");
        // then
        assertThat(named.afterLowerCase()).isTrue();
        assertThat(named.afterFirstWord()).isFalse();
        assertThat(first.afterFirstWord()).isTrue();
        assertThat(sites.of("The network grew by 20 percent.")).isEqualTo(SpeechVerbSites.Sites.NONE);
    }

    @Test
    void takesAsSayingAfterANameButNotAsAVerbOfItsOwn() {
        // when
        SpeechVerbSites.Sites quoted = sites.of("Xinhua quoted China Mobile manager Li Wei as saying coverage grew.");
        // then
        assertThat(quoted.afterLowerCase()).isTrue();
        assertThat(quoted.afterComma()).isFalse();
        assertThat(quoted.afterFirstWord()).isFalse();
    }

    @Test
    void seesEveryVerbThatStandsAfterWhiteSpaceWhichEveryStatementPatternNeeds() {
        // given sentences of names, words, the verbs in their case and not, commas, quotes and every white space
        // \s has and some it has not
        Pattern verbAfterSpace = Pattern.compile("\\s(?:" + StatementExtractor.alternation(VERBS) + "|as saying)");
        String[] pieces = {"Lu", "He", "said", "Said", "noted", "pointed out", "pointed  out", "pointed\tout",
            "pointed", "out", "as saying", "as", "saying", "quoted", "manager", ",", "\"", "“", "”", ".", " ", " ",
            "  ", "\t", "\n", "\u00A0", "\u2028", "x", "é"};
        SplittableRandom random = new SplittableRandom(53);
        int withVerb = 0;
        int without = 0;
        for (int i = 0; i < 50_000; i++) {
            String text = RandomTexts.of(random, pieces, 9);

            // when
            SpeechVerbSites.Sites found = sites.of(text);

            // then: every verb the patterns can see after white space is seen (the sites may see more: they take
            // any white space inside "as saying"); without one, no site is claimed
            boolean patternsCanSeeOne = verbAfterSpace.matcher(text).find();
            if (patternsCanSeeOne) {
                assertThat(found.any()).as("%s", text.chars().boxed().toList()).isTrue();
            }
            if (!found.any()) {
                assertThat(found).isEqualTo(SpeechVerbSites.Sites.NONE);
            }
            withVerb += patternsCanSeeOne ? 1 : 0;
            without += found.any() ? 0 : 1;
        }
        assertThat(withVerb).as("sentences with a verb after white space").isBetween(5_000, 45_000);
        assertThat(without).as("sentences the statement patterns are spared").isGreaterThan(5_000);
    }

    @Test
    void findsTheSameSitesAsTheExpressionAloneWhereMostWordsAreRuledOutByTheirFirstTwoCharacters() {
        // given verbs that share first characters, a verb of one letter and one of a space second, and sentences of
        // words that start like them
        List<String> verbs = List.of("said", "says", "stated", "stressed", "added", "adds", "announced", "told",
                "pointed out", "noted", "x", "a b");
        SpeechVerbSites literal = new SpeechVerbSites(verbs, StatementExtractor.alternation(verbs));
        SpeechVerbSites expression = SpeechVerbSites.byExpressionOnly(verbs, StatementExtractor.alternation(verbs));
        String[] pieces = {"Lu", "He", "said", "sa", "says", "Said", "st", "stated", "stressed", "as saying", "as",
            "saying", "a", "ad", "added", "adds", "an", "announced", "to", "told", "pointed out", "pointed\tout",
            "po", "noted", "x", "xy", "a b", "a\tb", "ab", "manager", ",", "\"", "\u201c", ".", " ", " ", "\t",
            "\n", "\u00A0", "\u00e9", "s\u00e9", "\u00e9t"};
        SplittableRandom random = new SplittableRandom(59);
        int any = 0;
        for (int i = 0; i < 50_000; i++) {
            String text = RandomTexts.of(random, pieces, 9);

            // when
            SpeechVerbSites.Sites found = literal.of(text);

            // then
            assertThat(found).as("%s", text.chars().boxed().toList()).isEqualTo(expression.of(text));
            any += found.any() ? 1 : 0;
        }
        assertThat(any).as("sentences with a site").isBetween(5_000, 45_000);
    }
}
