package org.infradigest.news;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CanonicalUrlTest {

    @Test
    void schemeHostTrailingSlashFragmentAndTrackingParametersDoNotMatter() {
        // given
        String plain = CanonicalUrl.of("https://www.example.org/news/5g-base-stations");

        // when / then
        assertThat(CanonicalUrl.of("HTTP://WWW.Example.ORG/news/5g-base-stations/")).isEqualTo(plain);
        assertThat(CanonicalUrl.of("https://www.example.org:443/news/5g-base-stations#comments")).isEqualTo(plain);
        assertThat(CanonicalUrl.of("https://www.example.org/news/5g-base-stations?utm_source=rss&utm_medium=feed&fbclid=x"))
                .isEqualTo(plain);
    }

    @Test
    void pathCaseAndRealQueryParametersStillTellPagesApart() {
        // when / then
        assertThat(CanonicalUrl.of("https://example.org/article?id=42&utm_campaign=x"))
                .isEqualTo("//example.org/article?id=42")
                .isNotEqualTo(CanonicalUrl.of("https://example.org/article?id=43"));
        assertThat(CanonicalUrl.of("https://example.org/News/A")).isNotEqualTo(CanonicalUrl.of("https://example.org/news/a"));
    }

    @Test
    void missingOrUnparsableUrlsAreHandled() {
        // when / then
        assertThat(CanonicalUrl.of(null)).isNull();
        assertThat(CanonicalUrl.of("  ")).isNull();
        assertThat(CanonicalUrl.of("not a url with spaces")).isEqualTo("not a url with spaces");
    }
}
