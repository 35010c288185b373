package org.infradigest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class LinesTest {

    @Test
    void splitsAtEveryKindOfLineBreakAndTakesCrLfAsOne() {
        assertThat(Lines.of("a\r\nb\rc\nd\u2028e\n\n")).containsExactly("a", "b", "c", "d", "e");
        assertThat(Lines.withTrailing("a\r\nb\n\n")).containsExactly("a", "b", "", "");
    }

    @Test
    void splitsAsStringSplitDoes() {
        // given random texts of letters, spaces and line breaks
        String[] alphabet = {"a", "b", " ", "\n", "|", "\r", "\r\n", "\u000B", "\f", "\u0085", "\u2028", "\u2029", "é"};
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            // every other text with LF alone among the breaks, as most are (they take a search of their own)
            int pieces = i % 2 == 0 ? alphabet.length : 5;
            for (int k = random.nextInt(12); k > 0; k--) {
                text.append(alphabet[random.nextInt(pieces)]);
            }
            String t = text.toString();
            // then
            assertThat(Lines.of(t)).as(t).isEqualTo(Arrays.asList(t.split("\\R")));
            assertThat(Lines.withTrailing(t)).as(t).isEqualTo(Arrays.asList(t.split("\\R", -1)));
        }
    }
}
