package org.infradigest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.infradigest.domain.Qualifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QualifierDetectorTest {

    private static final QualifierDetector DETECTOR = new QualifierDetector(Lexicon.fromClasspath().language());

    @ParameterizedTest(name = "\"{0} N\" is {1}")
    @CsvSource({
            "China had more than, OVER", "had over, OVER", "the count exceeded, OVER", "stations topped, OVER",
            "has gone past the, OVER", "was passed at, EXACT", "just past, OVER", "reached above, OVER",
            "Beijing has deployed nearly, NEARLY", "China had almost, NEARLY", "is close to, NEARLY",
            "the count approaches, NEARLY", "intends to build around, ABOUT", "it operates about, ABOUT",
            "in some, ABOUT", "roughly, ABOUT", "approximately, ABOUT", "China had, EXACT",
            "increased to, EXACT", "up by a net, EXACT"})
    void tellsTheQualifierFromTheWordsRightBeforeTheNumber(String before, Qualifier expected) {
        assertThat(DETECTOR.detect(before + " ")).isEqualTo(expected);
    }

    @Test
    void ignoresACueThatDoesNotEndRightBeforeTheNumber() {
        // given a "more" that qualifies the premises, not the figure
        String before = "reached still more premises – ";
        // then
        assertThat(DETECTOR.detect(before)).isEqualTo(Qualifier.EXACT);
    }
}
