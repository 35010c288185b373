package org.infradigest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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
        assertThat(sites.of("The network grew by 20 percent.")).isEqualTo(new SpeechVerbSites.Sites(false, false, false));
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
}
