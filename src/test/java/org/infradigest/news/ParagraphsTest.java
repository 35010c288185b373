package org.infradigest.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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
}
