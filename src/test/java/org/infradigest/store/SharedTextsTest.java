package org.infradigest.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SharedTextsTest {

    @Test
    void handsOutOneObjectForEqualTextsAndEveryTextUnchanged() {
        // given
        SharedTexts shared = new SharedTexts();
        String first = shared.share(new String("Beijing"));

        // when / then: an equal text comes back as the first object
        assertThat(shared.share(new String("Beijing"))).isSameAs(first);
        assertThat(shared.share(null)).isNull();
        // many more texts than slots: each comes back equal to itself, whatever took its slot before
        for (int i = 0; i < 100_000; i++) {
            String text = "region " + i;
            assertThat(shared.share(new String(text))).isEqualTo(text);
        }
        assertThat(shared.share("Aa")).isEqualTo("Aa");
        assertThat(shared.share("BB")).as("the same hash as \"Aa\"").isEqualTo("BB");
    }
}
