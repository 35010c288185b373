package org.infradigest.extract;

import java.util.regex.Pattern;

/**
 * Says why a number in a sentence is not an infrastructure figure, or null when it may be one: currency
 * conversions in brackets, denominators ("per 10,000 people"), back-references ("those 578 million"), growth
 * rates and percentage-point changes, money earned, stakes, spectrum-specific counts and averages.
 */
public final class NotFactFilter {

    private static final java.util.Set<String> DENOMINATOR = java.util.Set.of("per", "every", "each", "out of");
    private static final java.util.Set<String> BACK_REFERENCE = java.util.Set.of("those", "these");
    private static final java.util.Set<String> ORDINAL_BEFORE = java.util.Set.of("first", "second", "third", "top",
            "last", "next", "past");
    static final Pattern STAKE = Pattern.compile("(?i)\\b(?:stakes?|shareholdings?|equity interest)\\b");
    static final Pattern SPECTRUM = Pattern.compile("(?i)(?:GHz|MHz|(?<![\\p{L}])band\\b|spectrum)");
    static final Pattern AVERAGE =
            Pattern.compile("(?i)\\b(?:average|per tower|per site|per user|per capita|ARPU|ratio)\\b");
    // What each of them spells out: they are searched for at every figure, and most windows hold none of these.
    static final AsciiLiterals STAKE_WORDS = AsciiLiterals.of("stake", "shareholding", "equity interest");
    static final AsciiLiterals SPECTRUM_WORDS = AsciiLiterals.of("GHz", "MHz", "band", "spectrum");
    static final AsciiLiterals AVERAGE_WORDS = AsciiLiterals.of("average", "per tower", "per site", "per user",
            "per capita", "ARPU", "ratio");

    private final LanguageCues cues;
    private final QualifierDetector qualifiers;

    public NotFactFilter(LanguageCues cues, QualifierDetector qualifiers) {
        this.cues = cues;
        this.qualifiers = qualifiers;
    }

    /**
     * @param sentence   the sentence
     * @param number     the number
     * @param clauseFrom start of the number's clause
     * @param near       the noun phrase right after the number
     */
    public String reason(String sentence, NumberToken number, int clauseFrom, String near) {
        String before = sentence.substring(clauseFrom, number.start());
        String after = sentence.substring(number.end(), Math.min(sentence.length(), number.end() + 40));
        if (number.currency() != null && insideBrackets(sentence, number.start())) {
            return "currency conversion in brackets";
        }
        String bare = qualifiers.withoutCue(before.length() > 40 ? before.substring(before.length() - 40) : before);
        String lastWord = lastWords(bare, 1).toLowerCase(java.util.Locale.ROOT);
        if (DENOMINATOR.contains(lastWord) || DENOMINATOR.contains(lastWords(bare, 2).toLowerCase(java.util.Locale.ROOT))) {
            return "denominator of a ratio";
        }
        if (BACK_REFERENCE.contains(lastWord)) {
            return "refers back to a figure already given";
        }
        if (ORDINAL_BEFORE.contains(lastWord) && number.value().scale() <= 0 && number.value().intValue() < 100) {
            return "rank, not a quantity";
        }
        PhraseMatcher.Hit growthAfter = cues.growthAfter().first(after);
        if (growthAfter != null && after.substring(0, growthAfter.start()).isBlank()) {
            return "growth rate or change";
        }
        if (number.percent() && cues.growthCues().endsWith(bare)) {
            return "growth rate";
        }
        if (!number.percent() && (lastWord.equals("up") || lastWord.equals("down"))) {
            return "change from an earlier figure, not a level";
        }
        if (cues.declineCues().endsWith(bare)) {
            return "a loss or fall, not a level";
        }
        // Money words only count near the figure: "earnings statement" at the start of a clause says nothing about it.
        String window = lastWords(before.substring(before.lastIndexOf(", ") + 1), 6) + " " + near;
        if (cues.moneyWords().containedIn(window)) {
            return "money earned, not infrastructure";
        }
        if (STAKE_WORDS.find(STAKE, window)) {
            return "ownership stake";
        }
        if (SPECTRUM_WORDS.find(SPECTRUM, near)) {
            return "count for one spectrum band";
        }
        if (AVERAGE_WORDS.find(AVERAGE, lastWords(before, 5))) {
            return "average or ratio";
        }
        return null;
    }

    /** True for reasons that make a number a remark on the figure before it, which parallel figures look past. */
    static boolean isRemark(String reason) {
        return reason != null && (reason.startsWith("growth") || reason.startsWith("currency"));
    }

    static String lastWords(String text, int words) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int i = end;
        int seen = 0;
        while (i > 0) {
            if (Character.isWhitespace(text.charAt(i - 1))) {
                seen++;
                if (seen == words) {
                    break;
                }
                while (i > 1 && Character.isWhitespace(text.charAt(i - 2))) {
                    i--;
                }
            }
            i--;
        }
        return text.substring(i, end).strip();
    }

    static boolean insideBrackets(String sentence, int offset) {
        int open = sentence.lastIndexOf('(', offset);
        int close = sentence.lastIndexOf(')', offset);
        return open >= 0 && open > close;
    }
}
