package org.infradigest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Binds a number to a metric of the lexicon: finds the measured thing named after the number (or, failing that,
 * the subject of its clause, the figure it stands in parallel to, or the passage's topic), checks each candidate
 * family's required and excluded cues, and tells stock, additions and targets apart. Returns null when no metric
 * binds, because an unbound number is never a fact.
 */
public final class MetricBinder {

    /** What a number measures, and how sure the binder is that the thing was named for this number. */
    public record Binding(MetricFamily family, MetricFamily.Variant variant, boolean explicit) {

        public String metricKey() {
            return family.keyFor(variant);
        }
    }

    /**
     * Everything around one number the binder looks at.
     *
     * @param sentence  the sentence text
     * @param clause    [start, end) of the number's clause
     * @param number    the number
     * @param near      the noun phrase right after the number
     * @param previous  binding of the previous number in the sentence, or null
     * @param previousThings families whose thing the previous number in the sentence named
     * @param context   the previous sentence, the title and the body, for modifiers of an implicit thing
     * @param topic     families whose things the previous sentences named, computed only when needed
     * @param future    true when the number's period is a deadline after the article's date
     * @param terse     true for a table row, whose caption stands for the whole clause
     * @param siblings  spans of the other figures and their noun phrases, blanked out when cues are read, so
     *                  that "5G" in "550 million 5G customers" does not qualify "1.2 billion mobile subscribers"
     * @param preFrom   where the words that may name this figure's subject start: after the previous figure
     */
    public record Figure(String sentence, int[] clause, NumberToken number, String near, Binding previous,
                         List<MetricFamily> previousThings, List<String> context, Supplier<List<MetricFamily>> topic,
                         boolean future, boolean terse, List<int[]> siblings, int preFrom) {

        public Figure(String sentence, int[] clause, NumberToken number, String near, Binding previous,
                      List<MetricFamily> previousThings, List<String> context, Supplier<List<MetricFamily>> topic,
                      boolean future, boolean terse) {
            this(sentence, clause, number, near, previous, previousThings, context, topic, future, terse, List.of(),
                    clause[0]);
        }

        /** The sentence with the other figures' noun phrases blanked out. */
        String others() {
            return maskPhrases(sentence, siblings);
        }

        /** The words of the clause between the previous figure and this one, where its subject may be named. */
        String pre() {
            return sentence.substring(Math.max(clause[0], Math.min(preFrom, number.start())), number.start());
        }
    }

    /** The sentence with the given [start, end) spans blanked out. */
    static String maskPhrases(String sentence, List<int[]> spans) {
        if (spans.isEmpty()) {
            return sentence;
        }
        char[] chars = sentence.toCharArray();
        for (int[] span : spans) {
            java.util.Arrays.fill(chars, Math.min(span[0], chars.length), Math.min(span[1], chars.length), ' ');
        }
        return new String(chars);
    }

    private static final Pattern PARTITIVE = Pattern.compile("(?i)\\b(?:of which|of whom|including)\\s*$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s{2,}|[\\t\\n\\r\\f]");
    private static final Pattern BRACKETS = Pattern.compile("\\([^)]*\\)");
    private static final Pattern RATIO = Pattern.compile(
            "(?i)\\b(?:per|for every|for each)\\s+(?:\\d|10k|square|sq|capita|head|hundred|thousand|million)");
    private static final Pattern YEAR_TO_DATE = Pattern.compile("(?i)year[- ]to[- ]date");
    private static final AsciiLiterals YEAR_TO_DATE_SPELLINGS = AsciiLiterals.of("year to date", "year-to-date",
            "year-to date", "year to-date");

    private final MetricLexicon lexicon;

    public MetricBinder(MetricLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The noun phrase right after a number: brackets dropped, cut at punctuation or a clause word, eight words at most. */
    public static String nearWindow(String sentence, int from) {
        // The noun phrase is short: looking at the next 160 characters is enough.
        String rest = sentence.substring(from, Math.min(sentence.length(), from + 160));
        if (rest.indexOf('(') >= 0) {
            rest = BRACKETS.matcher(rest).replaceAll(" ");
        }
        if (hasWhitespaceToCollapse(rest)) {
            rest = WHITESPACE.matcher(rest).replaceAll(" ");
        }
        int stop = PhraseBoundaries.stop(rest);
        String phrase = stop >= 0 ? rest.substring(0, stop) : rest;
        String[] words = phrase.trim().split(" ");
        return String.join(" ", java.util.Arrays.copyOfRange(words, 0, Math.min(words.length, 8)));
    }

    /** Whether {@link #WHITESPACE} has something to replace: two white-space characters in a row, or a tab or break. */
    private static boolean hasWhitespaceToCollapse(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r' || c == '\f'
                    || RegexChars.isSpace(c) && i + 1 < text.length() && RegexChars.isSpace(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Families whose measured thing is named for this number: in its noun phrase, else as its clause's subject. */
    public List<MetricFamily> thingsOf(Figure f) {
        String near = f.number().unit() != null ? f.number().unit() + " " + f.near() : f.near();
        String pre = f.pre();
        List<MetricFamily> candidates = new ArrayList<>();
        for (MetricFamily family : lexicon.families()) {
            PhraseMatcher.Hit hit = family.things().first(near);
            if (hit != null && wordIndex(near, hit.start()) < 5) {
                candidates.add(family);
            }
        }
        if (!candidates.isEmpty()) {
            return candidates;
        }
        // The subject of the clause: the earliest thing named before the number, and families naming it too.
        PhraseMatcher.Hit earliest = lexicon.allThings().first(pre);
        if (earliest != null) {
            for (MetricFamily family : lexicon.families()) {
                if (family.things().containedIn(earliest.text())) {
                    candidates.add(family);
                }
            }
        }
        return candidates;
    }

    public Binding bind(Figure f) {
        return bind(f, thingsOf(f));
    }

    /** Binds with the thing families already found by {@link #thingsOf(Figure)}. */
    public Binding bind(Figure f, List<MetricFamily> things) {
        String kind = f.number().percent() ? "percent" : f.number().currency() != null ? "currency" : "count";
        String near = f.number().unit() != null ? f.number().unit() + " " + f.near() : f.near();
        String pre = f.pre();
        String afterInClause = f.sentence().substring(f.number().end(), Math.max(f.number().end(), f.clause()[1]));
        int next = PhraseBoundaries.nextFigure(afterInClause);
        if (next >= 0) {
            // Cues after the next figure belong to it ("operates 100,000 sites and expects to add 20,000").
            afterInClause = afterInClause.substring(0, next);
            int joint = Math.max(afterInClause.lastIndexOf(" and "), afterInClause.lastIndexOf(", "));
            if (joint >= 0) {
                afterInClause = afterInClause.substring(0, joint);
            }
        }

        List<MetricFamily> candidates = new ArrayList<>(things.stream().filter(t -> t.kind().equals(kind)).toList());
        boolean explicit = true;
        String prePhrase = "";
        boolean inNear = candidates.stream().anyMatch(c -> c.things().containedIn(near));
        if (!candidates.isEmpty() && !inNear) {
            int at = candidates.stream().mapToInt(c -> c.things().first(pre) == null ? pre.length()
                    : c.things().first(pre).start()).min().orElse(0);
            prePhrase = pre.substring(Math.max(0, startOfWordsBefore(pre, at, 3)));
        }
        MetricFamily.Variant inherited = null;
        boolean elliptic = PhraseBoundaries.startsWithFunctionWord(f.near().trim())
                || endsWithPartitive(pre) && PARTITIVE.matcher(pre).find();
        if (candidates.isEmpty() && elliptic) {
            candidates.addAll(f.previousThings().stream().filter(t -> t.kind().equals(kind)).toList());
            if (f.previous() != null && f.previous().family().kind().equals(kind)) {
                inherited = f.previous().variant();
                if (!candidates.contains(f.previous().family())) {
                    candidates.add(f.previous().family());
                }
                explicit = false; // parallels a bound figure: may read that figure's wider context
            }
        }
        boolean cued = hasVariantCue(lastWordsOf(pre, 6) + " " + near);
        if (candidates.isEmpty() && cued && f.previous() != null && f.previous().family().kind().equals(kind)) {
            candidates.add(f.previous().family()); // "... and expects to add 20,000": the sentence's own thing first
            explicit = false;
        }
        if (candidates.isEmpty() && cued) {
            candidates.addAll(f.topic().get().stream().filter(t -> t.kind().equals(kind)).toList());
            explicit = false;
        }
        MetricFamily best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        // A figure naming its own thing ignores cues of the other figures' noun phrases; a figure given in
        // parallel ("Guangzhou 80,000") reads its cues from the figure it parallels.
        // The same holds when the thing is named as the subject before the number ("Mobile phone users totaled
        // 1.79 billion, including 1.01 billion 5G users"): the "5G" belongs to the other figure.
        boolean namesOwnThing = inNear || !prePhrase.isBlank();
        String sentence = explicit && namesOwnThing && !candidates.isEmpty() ? f.others() : f.sentence();
        for (MetricFamily family : candidates) {
            double score = score(family, f, sentence, sentence.substring(f.clause()[0], f.clause()[1]), near,
                    prePhrase, explicit);
            if (score > bestScore) {
                bestScore = score;
                best = family;
            }
        }
        if (best == null || bestScore == Double.NEGATIVE_INFINITY) {
            return null;
        }
        MetricFamily.Variant variant = variant(f, pre, near, afterInClause, inherited);
        return best.variants().contains(variant) ? new Binding(best, variant, explicit) : null;
    }

    private double score(MetricFamily family, Figure f, String sentence, String clause, String near, String prePhrase,
                         boolean explicit) {
        String phrase = near + " " + prePhrase;
        if (family.without().containedIn(phrase)) {
            return Double.NEGATIVE_INFINITY;
        }
        if (family.near().isEmpty() && RATIO.matcher(near).find()) {
            return Double.NEGATIVE_INFINITY; // "1,000 towers per 10,000 people" is a ratio only a ratio metric may take
        }
        double score = family.with().isEmpty() ? 1 : 0;
        for (PhraseMatcher group : family.near()) {
            if (!group.containedIn(near)) {
                return Double.NEGATIVE_INFINITY;
            }
            score += 2;
        }
        for (PhraseMatcher group : family.with()) {
            if (group.containedIn(clause)) {
                score += 2;
            } else if (group.containedIn(sentence)) {
                score += 0; // allowed, but a cue in the figure's own clause is better evidence
            } else if (!explicit || f.terse()) {
                // Cues from further away only permit the binding; they never make it better than a closer one.
                double found = Double.NEGATIVE_INFINITY;
                double penalty = -0.1;
                for (String context : f.context()) {
                    if (group.containedIn(context)) {
                        found = penalty;
                        break;
                    }
                    penalty -= 0.1;
                }
                if (found == Double.NEGATIVE_INFINITY) {
                    return found;
                }
                score += found;
            } else {
                return Double.NEGATIVE_INFINITY;
            }
        }
        return score;
    }

    /** Stock unless a cue says added or planned; an explicit total wins over an addition cue. */
    private MetricFamily.Variant variant(Figure f, String pre, String near, String afterInClause,
                                         MetricFamily.Variant inherited) {
        String head = f.terse() ? pre : lastWordsOf(pre, 5);
        String local = withoutYearToDate(head + " " + near);
        MetricFamily.Variant v;
        if (lexicon.stockCues().containedIn(local)) {
            v = MetricFamily.Variant.STOCK;
        } else if (lexicon.netAddedCues().containedIn(withoutYearToDate(head + " " + lastWordsOf(pre, 6) + " " + near + " "
                + afterInClause))) {
            v = MetricFamily.Variant.NET_ADDED;
        } else if (inherited != null) {
            v = inherited == MetricFamily.Variant.NET_ADDED_TARGET ? MetricFamily.Variant.NET_ADDED
                    : inherited == MetricFamily.Variant.TARGET ? MetricFamily.Variant.STOCK : inherited;
        } else {
            v = MetricFamily.Variant.STOCK;
        }
        boolean planned = lexicon.targetCues().containedIn(f.sentence().substring(f.clause()[0], f.number().start()))
                || f.future()
                || inherited == MetricFamily.Variant.TARGET || inherited == MetricFamily.Variant.NET_ADDED_TARGET;
        return planned ? v.withTarget() : v;
    }

    /** The text with "year to date" blanked out; the pattern only runs on text that spells it one of its ways. */
    private static String withoutYearToDate(String text) {
        return YEAR_TO_DATE_SPELLINGS.anyIn(text) ? YEAR_TO_DATE.matcher(text).replaceAll(" ") : text;
    }

    /** Whether the text, less white space and a line break at its end, ends as {@link #PARTITIVE} can match. */
    private static boolean endsWithPartitive(String text) {
        int end = text.length();
        while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '\u0085'
                || text.charAt(end - 1) == '\u2028' || text.charAt(end - 1) == '\u2029')) {
            end--;
        }
        for (String word : new String[] {"which", "whom", "including"}) {
            if (end >= word.length() && text.regionMatches(true, end - word.length(), word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    private boolean hasVariantCue(String text) {
        return lexicon.netAddedCues().containedIn(text) || lexicon.stockCues().containedIn(text);
    }

    /**
     * How many words come before {@code offset}: the words of {@code text.substring(0, offset).trim()} between runs
     * of {@code \\s}, as {@code split("\\s+")} counts them (none for an empty head), without building either.
     */
    static int wordIndex(String text, int offset) {
        int from = 0;
        int to = offset;
        while (from < to && text.charAt(from) <= ' ') {
            from++;
        }
        while (to > from && text.charAt(to - 1) <= ' ') {
            to--;
        }
        if (from == to) {
            return 0;
        }
        int words = 1; // the trimmed head starts and ends with a word: each run of \s inside starts one more
        for (int i = from + 1; i < to; i++) {
            if (isRegexSpace(text.charAt(i)) && !isRegexSpace(text.charAt(i - 1))) {
                words++;
            }
        }
        return words;
    }

    /** {@code \s} of a regular expression: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    private static int startOfWordsBefore(String text, int offset, int words) {
        int i = offset;
        int seen = 0;
        while (i > 0 && seen <= words) {
            i--;
            if (Character.isWhitespace(text.charAt(i))) {
                seen++;
            }
        }
        return seen > words ? i + 1 : 0;
    }

    private static String lastWordsOf(String text, int words) {
        return NotFactFilter.lastWords(text, words);
    }
}
