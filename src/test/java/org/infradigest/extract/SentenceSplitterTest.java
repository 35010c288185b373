package org.infradigest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter(new NumberGrammar());

    @Test
    void keepsAbbreviationsAndDecimalsInsideTheirSentence() {
        // given
        String body = "BEIJING, Sept. 23 (Xinhua) -- China had 4.65 million stations, worth 5.59 billion U.S. dollars. "
                + "No. 1 operator China Mobile led. The U.S. lagged.";
        // when
        List<Sentence> sentences = splitter.split(body);
        // then
        assertThat(sentences).extracting(Sentence::text).containsExactly(
                "BEIJING, Sept. 23 (Xinhua) -- China had 4.65 million stations, worth 5.59 billion U.S. dollars.",
                "No. 1 operator China Mobile led.", "The U.S. lagged.");
    }

    @Test
    void endsASentenceAfterAWordEndingInACapital() {
        assertThat(splitter.split("Over 100 cities have 5G-A. China Telecom has 420 million users. J. Smith agreed."))
                .extracting(Sentence::text)
                .containsExactly("Over 100 cities have 5G-A.", "China Telecom has 420 million users.", "J. Smith agreed.");
    }

    @Test
    void splitsBeforeAndInsideChineseText() {
        assertThat(splitter.split("The ratio was 1.7. 北京有4.2万个5G基站。上海有5万个。"))
                .extracting(Sentence::text).containsExactly("The ratio was 1.7.", "北京有4.2万个5G基站。", "上海有5万个。");
    }

    @Test
    void endsASentenceAfterAClosingQuote() {
        // when
        List<Sentence> sentences = splitter.split("\"We lead the nation,\" Lu noted. He pledged more.");
        // then
        assertThat(sentences).extracting(Sentence::text).containsExactly("\"We lead the nation,\" Lu noted.", "He pledged more.");
    }

    @Test
    void pairsTableLabelsWithTheirValuesUnderTheTableCaption() {
        // given
        String body = "Intro sentence.\n|Top states by installed 5G BTS\n|BTS count\n|Karnataka\n|30214\n|Gujarat\n|30851\n"
                + "|Data: DoT\n|Monthly BTS additions\n|Month\n|No.of BTS installed\n|July\n|3346";
        // when
        List<Sentence> rows = splitter.split(body).stream().filter(Sentence::isTableRow).toList();
        // then
        assertThat(rows).extracting(Sentence::text).containsExactly("|Karnataka\n|30214", "|Gujarat\n|30851", "|July\n|3346");
        assertThat(rows.get(0).caption()).isEqualTo("Top states by installed 5G BTS. BTS count");
        assertThat(rows.get(2).caption()).isEqualTo("Data: DoT. Monthly BTS additions. Month. No.of BTS installed");
    }

    @Test
    void removesPageFurnitureBeforeSplitting() {
        // given
        FurnitureFilter filter = new FurnitureFilter(List.of("Today's Top News"));
        String body = "Beijing had 16,000 stations.\nToday's Top News\n- Trump halts 2 enrollments\n- Nation's progress";
        // when
        String cleaned = filter.clean(body);
        // then
        assertThat(cleaned).isEqualTo("Beijing had 16,000 stations.");
    }
}
