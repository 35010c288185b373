package org.infradigest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds any of a fixed list of words or phrases in text, as whole words, compiled once into one pattern.
 * Used for every cue list of the lexicon so that no pattern is compiled per article.
 */
public final class PhraseMatcher {

    /** One occurrence of a phrase: offsets in the searched text and the phrase as written there. */
    public record Hit(int start, int end, String text) {
    }

    private static final PhraseMatcher EMPTY = new PhraseMatcher(null);

    private final Pattern pattern;

    private PhraseMatcher(Pattern pattern) {
        this.pattern = pattern;
    }

    /** Case-insensitive matcher; longer phrases win over their prefixes. */
    public static PhraseMatcher of(List<String> phrases) {
        return build(phrases, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Case-sensitive matcher, for proper names whose lower-case spelling is an ordinary word. */
    public static PhraseMatcher caseSensitive(List<String> phrases) {
        return build(phrases, 0);
    }

    private static PhraseMatcher build(List<String> phrases, int flags) {
        List<String> sorted = phrases == null ? List.of() : phrases.stream().filter(Objects::nonNull)
                .map(String::trim).filter(p -> !p.isEmpty()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        if (sorted.isEmpty()) {
            return EMPTY;
        }
        StringBuilder alternation = new StringBuilder();
        for (String phrase : sorted) {
            if (!alternation.isEmpty()) {
                alternation.append('|');
            }
            // Flexible whitespace so that a phrase broken across a line still matches.
            alternation.append(Pattern.quote(phrase).replace(" ", "\\E\\s+\\Q"));
        }
        String regex = "(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])";
        return new PhraseMatcher(Pattern.compile(regex, flags));
    }

    public List<Hit> findAll(CharSequence text) {
        if (pattern == null || text == null) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            hits.add(new Hit(m.start(), m.end(), m.group()));
        }
        return hits;
    }

    public boolean containedIn(CharSequence text) {
        return pattern != null && text != null && pattern.matcher(text).find();
    }

    /** The first hit, or null. */
    public Hit first(CharSequence text) {
        if (pattern == null || text == null) {
            return null;
        }
        Matcher m = pattern.matcher(text);
        return m.find() ? new Hit(m.start(), m.end(), m.group()) : null;
    }

    /** The last hit, or null. */
    public Hit last(CharSequence text) {
        List<Hit> hits = findAll(text);
        return hits.isEmpty() ? null : hits.get(hits.size() - 1);
    }

    /** True when a phrase ends exactly at the end of the text (ignoring trailing spaces). */
    public boolean endsWith(CharSequence text) {
        String trimmed = text.toString().stripTrailing();
        Hit last = last(trimmed);
        return last != null && last.end() == trimmed.length();
    }
}
