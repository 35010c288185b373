package org.infradigest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a sentence into clauses at the points where a new figure usually gets its own subject, time or metric:
 * semicolons, "while", "whereas", "versus", "against", "but", and participle tails such as ", lifting its total".
 */
public final class ClauseSplitter {

    private static final Pattern BOUNDARY = Pattern.compile(
            "(?=[;\\s,])(?:;\\s*|\\s+(?=(?:while|whereas|versus|against|but|compared (?:with|to))\\s)"
                    + "|,\\s*(?=(?:lifting|giving|bringing|having|adding|after|up by|down by|up from|down from|"
                    + "of which|taking|pushing|raising|compared with|compared to|versus|against|equal to|"
                    + "accounting for|representing)\\b))");

    /** Clause spans as [start, end) offsets covering the whole sentence. */
    private static final PhraseMatcher HINTS = PhraseMatcher.of(List.of("while", "whereas", "versus", "against", "but",
            "compared", "lifting", "giving", "bringing", "having", "adding", "after", "up by", "down by", "up from",
            "down from", "of which", "taking", "pushing", "raising", "equal to", "accounting for", "representing"));

    public List<int[]> split(String sentence) {
        List<int[]> spans = new ArrayList<>();
        if (sentence.indexOf(';') < 0 && !HINTS.containedIn(sentence)) {
            spans.add(new int[] {0, sentence.length()});
            return spans;
        }
        Matcher m = BOUNDARY.matcher(sentence);
        int start = 0;
        while (m.find()) {
            if (m.start() > start) {
                spans.add(new int[] {start, m.start()});
            }
            start = m.end();
        }
        spans.add(new int[] {start, sentence.length()});
        return spans;
    }

    /** The clause span containing the offset. */
    public static int[] spanAt(List<int[]> spans, int offset) {
        for (int[] s : spans) {
            if (offset >= s[0] && offset < s[1]) {
                return s;
            }
        }
        return spans.get(spans.size() - 1);
    }
}
