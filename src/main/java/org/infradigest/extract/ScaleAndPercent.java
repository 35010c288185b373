package org.infradigest.extract;

/**
 * The scale word and the percent sign that may follow a number ("2.6 million", "8m", "45%", "12 per cent"):
 * what {@code (?i)^(?:\s?(thousand|million|mln|mn|billion|bn|trillion|lakhs?|crores?|m|k)(?![\p{L}]))?
 * (?:\s?(%|percent|per\s+cent|pct)(?![\p{L}]))?} finds looking at the text after the number, written out: it runs
 * for every number, and the expression tried its alternations one after the other.
 *
 * @param scale   the scale as written, or null
 * @param percent the percent sign or word as written, or null
 * @param end     where the scale and percent sign end in the text (0 when there is neither)
 */
record ScaleAndPercent(String scale, String percent, int end) {

    /** The scales in the expression's order: the first that fits is taken ("mn" before "m"). */
    private static final String[] SCALES = {"thousand", "million", "mln", "mn", "billion", "bn", "trillion", "lakhs",
        "lakh", "crores", "crore", "m", "k"};
    private static final String[] PERCENT_SIGNS = {"%", "percent"};

    static ScaleAndPercent of(String text) {
        int scaleEnd = after(text, 0, SCALES);
        String scale = scaleEnd < 0 ? null : text.substring(wordStart(text, 0), scaleEnd);
        int from = scaleEnd < 0 ? 0 : scaleEnd;
        int percentEnd = percentAfter(text, from);
        String percent = percentEnd < 0 ? null : text.substring(wordStart(text, from), percentEnd);
        return new ScaleAndPercent(scale, percent, percentEnd >= 0 ? percentEnd : Math.max(scaleEnd, 0));
    }

    /** Where the first of the words that stands at {@code i}, after one white-space character or none, ends; or -1. */
    private static int after(String text, int i, String[] words) {
        int at = wordStart(text, i);
        for (String word : words) {
            if (AsciiLiterals.matchesAt(text, at, word) && !isLetterAt(text, at + word.length())) {
                return at + word.length();
            }
        }
        return -1;
    }

    /** As {@link #after} for {@code %|percent|per\s+cent|pct}. */
    private static int percentAfter(String text, int i) {
        int end = after(text, i, PERCENT_SIGNS);
        if (end >= 0) {
            return end;
        }
        int at = wordStart(text, i);
        if (AsciiLiterals.matchesAt(text, at, "per")) {
            int k = at + 3;
            while (k < text.length() && RegexChars.isSpace(text.charAt(k))) {
                k++;
            }
            if (k > at + 3 && AsciiLiterals.matchesAt(text, k, "cent") && !isLetterAt(text, k + 4)) {
                return k + 4;
            }
        }
        return AsciiLiterals.matchesAt(text, at, "pct") && !isLetterAt(text, at + 3) ? at + 3 : -1;
    }

    /**
     * Past the optional white-space character at {@code i}: every word here starts with a letter or '%', so when one
     * is there the words can only stand after it.
     */
    private static int wordStart(String text, int i) {
        return i < text.length() && RegexChars.isSpace(text.charAt(i)) ? i + 1 : i;
    }

    /** {@code [\p{L}]} at {@code i}. */
    private static boolean isLetterAt(String text, int i) {
        return i < text.length() && Character.isLetter(text.codePointAt(i));
    }
}
