package org.infradigest.publish.excel;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class WrappedLinesTest {

    private static final String WORDS = "ab  \n\nxyz";

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

    @Test
    void countsAsSplittingAtLineBreaksAndSpacesWould() {
        // given texts of words, runs of spaces and line breaks, and widths around their lengths
        Random random = new Random(5);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int j = 0; j < length; j++) {
                text.append(WORDS.charAt(random.nextInt(WORDS.length())));
            }
            int width = random.nextInt(12) - 1;

            // when, then
            assertThat(WrappedLines.count(text.toString(), width)).as("'%s' in %d", text, width)
                    .isEqualTo(bySplitting(text.toString(), width));
        }
    }

    /** The count as it was first written, with String.split. */
    private static int bySplitting(String text, int charsPerLine) {
        int width = Math.max(1, charsPerLine);
        if (text.length() <= width && text.indexOf('\n') < 0) {
            return 1;
        }
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            int paragraphLines = 1;
            int used = 0;
            for (String word : paragraph.split(" ")) {
                int wordLength = word.length();
                if (used > 0 && used + 1 + wordLength > width) {
                    paragraphLines++;
                    used = 0;
                }
                while (wordLength > width) {
                    paragraphLines++;
                    wordLength -= width;
                }
                used += (used > 0 ? 1 : 0) + wordLength;
            }
            lines += paragraphLines;
        }
        return Math.max(1, lines);
    }
}
