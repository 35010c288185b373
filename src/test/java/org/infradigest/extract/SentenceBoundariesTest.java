package org.infradigest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class SentenceBoundariesTest {

    /** The regular expression the scanner replaces. */
    private static final Pattern REGEX = Pattern.compile(
            "[.!?][\"”’')\\]]*\\s+(?=[\"“‘(\\[]?[\\p{Lu}\\p{N}\\p{IsHan}])|(?<=[。！？])(?=.)");

    @Test
    void findsTheEndsOfLatinAndChineseSentences() {
        // given
        String text = "It rose to 4.2 million. \"Next\" came. (A bracket) then! 北京有4.2万个。上海有5万个。";
        // when
        List<String> sentences = new ArrayList<>();
        int start = 0;
        for (String boundary : scanned(text)) {
            int end = Integer.parseInt(boundary.substring(boundary.indexOf('-') + 1));
            sentences.add(text.substring(start, end).strip());
            start = end;
        }
        sentences.add(text.substring(start));
        // then
        assertThat(sentences).containsExactly("It rose to 4.2 million.", "\"Next\" came.", "(A bracket) then!",
                "北京有4.2万个。", "上海有5万个。");
    }

    @Test
    void findsTheSameBoundariesAsTheRegularExpression() {
        // given random paragraphs over the characters that matter: stops, closers, openers, white space, capitals,
        // digits, other numbers, Han (also outside the BMP), line terminators
        String[] alphabet = {".", "!", "?", "\"", "”", "’", "'", ")", "]", "“", "‘", "(", "[", " ", "  ", "\t", "\n",
                "\u000B", "\f", "\r", "\u00A0", "A", "Z", "É", "a", "z", "1", "9", "²", "Ⅻ", "北", "\uD840\uDC00", "。",
                "！", "？", "\u0085", "\u2028", "-", ","};
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            // when / then
            assertThat(scanned(text.toString())).as(text.toString()).isEqualTo(matched(text.toString()));
        }
    }

    private static List<String> scanned(String text) {
        List<String> out = new ArrayList<>();
        long b;
        for (int from = 0; from <= text.length() && (b = SentenceBoundaries.next(text, from)) >= 0; ) {
            int start = SentenceBoundaries.start(b);
            int end = SentenceBoundaries.end(b);
            out.add(start + "-" + end);
            from = end > start ? end : end + 1;
        }
        return out;
    }

    private static List<String> matched(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = REGEX.matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end());
        }
        return out;
    }
}
