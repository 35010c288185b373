package org.infradigest.publish.excel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WrappedLinesTest {

    @Test
    void countsOneLineForTextThatFits() {
        assertThat(WrappedLines.count("To date, 10 foreign firms in Beijing have obtained such permits.", 70))
                .isEqualTo(1);
    }

    @Test
    void wrapsAtWordsAndCountsEveryParagraph() {
        // given three words of five letters in a ten-character column, then a second paragraph
        String text = "aaaaa bbbbb ccccc\nddddd";

        // when
        int lines = WrappedLines.count(text, 11);

        // then "aaaaa bbbbb" / "ccccc" / "ddddd"
        assertThat(lines).isEqualTo(3);
    }

    @Test
    void breaksAWordLongerThanTheLine() {
        assertThat(WrappedLines.count("x".repeat(25), 10)).isEqualTo(3);
    }
}
