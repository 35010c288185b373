package org.infradigest.news;

/**
 * Searching text while ignoring the case of ASCII letters only, without making a lower-cased copy of it.
 * For a needle of ASCII letters and punctuation other than i and k, this is what
 * {@code text.toLowerCase(Locale.ROOT).contains(needle)} tells: no non-ASCII character lower-cases to any
 * other ASCII character (the Kelvin sign becomes k, dotted capital I becomes i and a combining dot).
 */
final class AsciiCase {

    private AsciiCase() {
    }

    /** Whether the text holds the needle: lower-case ASCII, starting with a character that has no case. */
    static boolean contains(String text, String needle) {
        char first = needle.charAt(0);
        int last = text.length() - needle.length();
        for (int at = text.indexOf(first); at >= 0 && at <= last; at = text.indexOf(first, at + 1)) {
            if (matchesAt(text, at, needle)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAt(String text, int at, String needle) {
        for (int i = 1; i < needle.length(); i++) {
            char c = text.charAt(at + i);
            if (c != needle.charAt(i) && (c < 'A' || c > 'Z' || c + ('a' - 'A') != needle.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
