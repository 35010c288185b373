package org.infradigest.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class FurnitureFilterTest {

    @Test
    void storyListUnderAFurnitureHeadingIsDroppedAndTheTextAfterItKept() {
        // given
        List<String> paragraphs = List.of(
                "China had 4.65 million 5G base stations.",
                "Most read",
                "- Operators add 12 million users",
                "Provincial capital plans 8,500 new base stations",
                "The ministry said more would follow.",
                "Share this article",
                "|Province", "|Stations");

        // when
        List<String> kept = FurnitureFilter.withoutFurnitureLines(paragraphs);

        // then
        assertThat(kept).containsExactly("China had 4.65 million 5G base stations.",
                "The ministry said more would follow.", "|Province", "|Stations");
    }

    @Test
    void furnitureIsFoundByTagRoleClassNameAndHeadingButTheArticleStays() {
        // given
        Document page = Jsoup.parse("""
                <body>
                <div role="navigation">Menu 1</div>
                <div class="breakingTicker">Index 3,342.18</div>
                <div id="gdpr-consent">We value 2 things</div>
                <article class="news-article">
                  <header><h2>A headline kept by its article</h2></header>
                  <p>China had 2.64 million 5G base stations.</p>
                  <div class="share-tools">12 shares</div>
                </article>
                <div class="downloads">Download the 2024 report</div>
                <div><h4>Related</h4><ul><li><a href="/1">Story with 77 numbers</a></li></ul></div>
                </body>""");

        // when
        FurnitureFilter.clean(page.body());

        // then
        assertThat(page.body().text())
                .contains("A headline kept by its article", "China had 2.64 million 5G base stations.",
                        "Download the 2024 report")
                .doesNotContain("Menu 1", "3,342.18", "We value 2", "12 shares", "Related", "77 numbers");
    }
}
