package org.infradigest.publish.pdf;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EllipsisTest {

    @Test
    void keepsShortTextAndTidiesItsWhitespace() {
        assertThat(Ellipsis.shorten("  Beijing will further\nexpand opening-up. ", 80))
                .isEqualTo("Beijing will further expand opening-up.");
    }

    @Test
    void cutsLongTextAtAWordAndEndsWithAnEllipsis() {
        // when
        String shortened = Ellipsis.shorten("Beijing is among the first four pilot cities in China, leading the nation", 40);

        // then
        assertThat(shortened).isEqualTo("Beijing is among the first four pilot\u2026").hasSizeLessThanOrEqualTo(40);
    }

    @Test
    void cutsAVeryLongWordInTheMiddle() {
        assertThat(Ellipsis.shorten("x".repeat(100), 10)).isEqualTo("xxxxxxxxx\u2026");
    }
}
