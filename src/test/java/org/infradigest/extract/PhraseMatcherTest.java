package org.infradigest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

    @Test
    void prefersTheLongestPhraseWhateverItsSecondCharacter() {
        // given phrases sharing a first letter: one letter, a space second, and longer names
        PhraseMatcher places = PhraseMatcher.of(List.of("S", "Shanghai", "Shanghai Tower", "S Korea", "Sichuan"));
        // when
        List<PhraseMatcher.Hit> hits = places.findAll("SHANGHAI  Tower, s\tKorea, Sichuanese and S.");
        // then
        assertThat(hits).extracting(PhraseMatcher.Hit::text).containsExactly("SHANGHAI  Tower", "s\tKorea", "S");
    }

    @Test
    void matchesCaseSensitivelyWhenAsked() {
        // given
        PhraseMatcher operators = PhraseMatcher.caseSensitive(List.of("Three", "Vi"));
        // then
        assertThat(operators.findAll("three operators; Three and Vi, not vi")).extracting(PhraseMatcher.Hit::start)
                .containsExactly(17, 27);
    }

    @Test
    void fallsBackToTheLongestPhraseThatEndsWhereAWordDoes() {
        // given names that extend each other, as operators named after their country do
        PhraseMatcher names = PhraseMatcher.of(List.of("China Mobile Beijing", "China", "China Mobile"));
        // when
        List<PhraseMatcher.Hit> hits = names.findAll(
                "China Mobile Beijings, china\n mobile, China Mobiles and CHINA MOBILE BEIJING");
        // then
        assertThat(hits).extracting(PhraseMatcher.Hit::text)
                .containsExactly("China Mobile", "china\n mobile", "China", "CHINA MOBILE BEIJING");
        assertThat(names.first("Chinas, China Mob")).extracting(PhraseMatcher.Hit::start).isEqualTo(8);
    }
}
