package org.infradigest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

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

    @Test
    void findsWhatTryingEveryPhraseAtEveryWordStartFinds() {
        // given short phrases that share starts, contain spaces and punctuation, and random texts of their letters in
        // both cases, white space of several kinds, punctuation, digits and non-ASCII letters
        // (with "-x", a phrase that starts with punctuation, a list is scanned character by character; without it,
        // at the word starts of the text, which the lists scanning the same String share)
        List<String> withPunctuation = List.of("ab", "a b", "ab c", "b", "Ab-c", "5G", "5G-A", "c  d", "é", "Éa", "-x");
        List<String> words = withPunctuation.subList(0, withPunctuation.size() - 1);
        String[] alphabet = {"a", "b", "A", "B", "c", "C", "d", "5", "G", "x", "-", " ", "  ", "\t", "\n", ".", "é", "É",
            "\u00A0", "\u3000", "\u00B7", "\u2014"};
        SplittableRandom random = new SplittableRandom(3);
        List<List<String>> lists = List.of(withPunctuation, words, withPunctuation, words);
        List<Boolean> ignoringCase = List.of(true, true, false, false);
        List<PhraseMatcher> matchers = new ArrayList<>();
        List<List<String>> stored = new ArrayList<>();
        for (int m = 0; m < lists.size(); m++) {
            boolean ignoreCase = ignoringCase.get(m);
            matchers.add(ignoreCase ? PhraseMatcher.of(lists.get(m)) : PhraseMatcher.caseSensitive(lists.get(m)));
            stored.add(lists.get(m).stream().map(p -> p.trim().replaceAll("\\s+", " "))
                    .map(p -> ignoreCase ? lowerEachChar(p) : p).toList());
        }
        for (int i = 0; i < 40_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(i < 20_000 ? 14 : 60); k > 0; k--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String t = text.toString();
            for (int m = 0; m < matchers.size(); m++) { // each list in turn on the same text, as the engine does
                PhraseMatcher matcher = matchers.get(m);

                // when
                List<PhraseMatcher.Hit> hits = matcher.findAll(t);

                // then
                List<PhraseMatcher.Hit> expected = everyHit(stored.get(m), ignoringCase.get(m), t);
                assertThat(hits).as("list %d in \"%s\"", m, t).isEqualTo(expected);
                assertThat(matcher.first(t)).isEqualTo(expected.isEmpty() ? null : expected.getFirst());
                assertThat(matcher.containedIn(t)).isEqualTo(!expected.isEmpty());
                assertThat(matcher.findAll(new StringBuilder(t))).isEqualTo(expected);
            }
        }
    }

    /** The hits of the phrases as written in {@link PhraseMatcher}'s contract, by trying each at each word start. */
    private static List<PhraseMatcher.Hit> everyHit(List<String> phrases, boolean ignoreCase, String text) {
        List<PhraseMatcher.Hit> hits = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int bestLength = -1;
            int bestEnd = -1;
            if (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) {
                for (String phrase : phrases) {
                    int end = matchAt(phrase, ignoreCase, text, i);
                    if (end > 0 && (phrase.length() > bestLength || phrase.length() == bestLength && end > bestEnd)) {
                        bestLength = phrase.length();
                        bestEnd = end;
                    }
                }
            }
            if (bestEnd > 0) {
                hits.add(new PhraseMatcher.Hit(i, bestEnd, text.substring(i, bestEnd)));
                i = bestEnd;
            } else {
                i++;
            }
        }
        return hits;
    }

    /** Where the phrase ends when it starts at i and ends where a word does (a space: any run of white space). */
    private static int matchAt(String phrase, boolean ignoreCase, String text, int i) {
        int t = i;
        for (int k = 0; k < phrase.length(); k++) {
            char p = phrase.charAt(k);
            if (p == ' ' && k > 0) {
                if (t >= text.length() || !Character.isWhitespace(text.charAt(t))) {
                    return -1;
                }
                while (t < text.length() && Character.isWhitespace(text.charAt(t))) {
                    t++;
                }
            } else if (t < text.length() && (text.charAt(t) == p && k > 0
                    || (ignoreCase ? Character.toLowerCase(text.charAt(t)) : text.charAt(t)) == p)) {
                t++;
            } else {
                return -1;
            }
        }
        return t == text.length() || !Character.isLetterOrDigit(text.charAt(t)) ? t : -1;
    }

    private static String lowerEachChar(String phrase) {
        char[] chars = phrase.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }
}
