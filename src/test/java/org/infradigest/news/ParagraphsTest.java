package org.infradigest.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class ParagraphsTest {

    @Test
    void entitiesAreDecodedAndInvisibleOrOddWhitespaceIsCollapsed() {
        // when
        String paragraph = Paragraphs.normalise("  AT&amp;T&nbsp;and Jio\u200B added\t\u00A0 3,346&#160;BTS &mdash; a\u3000record ");

        // then
        assertThat(paragraph).isEqualTo("AT&T and Jio added 3,346 BTS — a record");
    }

    @Test
    void plainTextKeepsOneParagraphPerLineButJoinsHardWrappedSentences() {
        // given
        String text = """
                China had 4.65 million 5G base stations by the end of
                August, the ministry said.
                That is 36.3 percent of all mobile base stations.
                Deployments by operator
                |China Mobile
                |2.3 million

                A new paragraph.
                """;

        // when
        List<String> paragraphs = Paragraphs.ofPlainText(text);

        // then: "August" starts with a capital, so only a lower-case continuation would join; this one stays
        assertThat(paragraphs).containsExactly(
                "China had 4.65 million 5G base stations by the end of",
                "August, the ministry said.",
                "That is 36.3 percent of all mobile base stations.",
                "Deployments by operator", "|China Mobile", "|2.3 million",
                "A new paragraph.");
        assertThat(Paragraphs.ofPlainText("Operators added a net 140 million\nusers since the end of last year."))
                .containsExactly("Operators added a net 140 million users since the end of last year.");
    }

    @Test
    void joinLeavesOutEmptyParagraphsAndSeparatesTheRestWithNewlines() {
        // when / then
        assertThat(Paragraphs.join(List.of(" First. ", "", "  ", "Second.\n"))).isEqualTo("First.\nSecond.");
    }

    @Test
    void asciiThatNeedsNoChangeIsFoundWithoutTheCharacterLoopAndKeptAsItIs() {
        // given random lines of letters, spaces, controls, odd white space, invisible and non-ASCII characters,
        // unpaired and paired surrogates
        String[] alphabet = {"a", "B", "7", "?", ".", " ", " ", "  ", "\t", "\u0001", "\u007F", "\u00A0", "\u200B",
            "\u00AD", "\u2028", "\u3000", "é", "’", "\uD800", "\uDC00", "\uD83D\uDE00"};
        SplittableRandom random = new SplittableRandom(11);
        int normal = 0;
        int longNormal = 0;
        for (int i = 0; i < 50_000; i++) {
            // every other line up to 39 pieces with fewer odd ones, so that lines of every length around the
            // eight bytes read at a time come up, normal ones among them
            boolean longLine = i % 2 == 1;
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(longLine ? 40 : 10); k > 0; k--) {
                // mostly printable ASCII, so that the fast path is taken often enough to be tested
                text.append(random.nextInt(longLine ? 60 : 3) == 0 ? alphabet[random.nextInt(alphabet.length)]
                        : alphabet[random.nextInt(6)]);
            }
            String t = text.toString();

            // when / then: the same as the character loop, which is itself checked above
            assertThat(Paragraphs.normalise(t)).as("%s", t.chars().boxed().toList())
                    .isEqualTo(Paragraphs.normaliseChars(t));
            assertThat(Paragraphs.isNormalAscii(t)).as("%s", t.chars().boxed().toList())
                    .isEqualTo(isNormalAscii(t));
            if (Paragraphs.isNormalAscii(t)) {
                normal++;
                longNormal += t.length() > 16 ? 1 : 0;
                assertThat(Paragraphs.normaliseChars(t)).isSameAs(t);
            }
        }
        assertThat(normal).as("lines the fast path took").isGreaterThan(5_000);
        assertThat(longNormal).as("lines longer than two eight-byte words it took").isGreaterThan(1_000);
    }

    /** What isNormalAscii must say, a character at a time: unpaired surrogates count as the '?' UTF-8 has for them. */
    private static boolean isNormalAscii(String text) {
        String ascii = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        if (ascii.length() != text.length() || ascii.isEmpty() || ascii.startsWith(" ") || ascii.endsWith(" ")
                || ascii.contains("  ")) {
            return false;
        }
        return ascii.chars().allMatch(c -> c >= ' ' && c < 0x7F);
    }
}
