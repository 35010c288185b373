package org.infradigest.publish.excel;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class HttpLinkTest {

    @Test
    void acceptsHttpUrlsThatJavaNetUriParses() {
        assertThat(HttpLink.valid("https://news.example.org/article/12?id=3&x=%20y#part")).isTrue();
        assertThat(HttpLink.valid("HTTP://Example.org")).isTrue();
        assertThat(HttpLink.valid("http://example.org/caf\u00e9")).isTrue();
        assertThat(HttpLink.valid("http:///path")).isTrue();
    }

    @Test
    void refusesOtherTextAndWhatJavaNetUriRefuses() {
        assertThat(HttpLink.valid("ftp://example.org")).isFalse();
        assertThat(HttpLink.valid("evil.txt")).isFalse();
        assertThat(HttpLink.valid("http://")).isFalse();
        assertThat(HttpLink.valid("http://example.org/a b")).isFalse();
        assertThat(HttpLink.valid("http://example.org/%zz")).isFalse();
        assertThat(HttpLink.valid("http://example.org/#a#b")).isFalse();
        assertThat(HttpLink.valid("http://example.org/\"")).isFalse();
        assertThat(HttpLink.valid("http\u017f://example.org")).isFalse();
    }

    @Test
    void agreesWithTheCheckItReplacesOnRandomUrls() {
        // given URLs made of the characters that matter to java.net.URI's parser
        String alphabet = "aZ09.-_~:/?#[]@!$&'()*+,;=%%fF \"<>\\^`{|}\u00e9\u00a0\u0001";
        Random random = new Random(11);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder url = new StringBuilder(random.nextBoolean() ? "https://" : "HTTP://");
            int length = random.nextInt(30);
            for (int j = 0; j < length; j++) {
                url.append(random.nextInt(4) == 0 ? 'a' : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = url.toString();

            // when, then
            assertThat(HttpLink.valid(text)).as(text).isEqualTo(original(text));
        }
    }

    /** SheetTable's check before: a lower-case http(s) prefix and java.net.URI accepting the text. */
    private static boolean original(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return false;
        }
        try {
            URI.create(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
