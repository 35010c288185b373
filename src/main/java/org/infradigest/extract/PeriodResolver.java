package org.infradigest.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds time expressions in a sentence ("by the end of March this year", "at end-2023", "in the first seven
 * months", "H1", "as of 30 September 2021", "2024 year to date", "a year before") and resolves them against the
 * article's date into YYYY, YYYY-MM, YYYY-MM-DD or START/END. A month without a year is the most recent such month
 * not after the article's date; without an article date and a written year the period is unknown (null).
 */
public final class PeriodResolver {

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|"
            + "November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private static final String YEARISH = "((?:19|20)\\d{2}|this year|last year)";
    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final String NUMBER_WORD = "(two|three|four|five|six|seven|eight|nine|ten|eleven|\\d{1,2})";

    private enum Kind { DAY_MONTH_YEAR, MONTH_DAY_YEAR, FIRST_MONTHS, HALF, QUARTER, YEAR_TO_DATE, END_MONTH,
        END_YEAR, MONTH_YEAR, FULL_YEAR, IN_YEAR, MONTH, THIS_YEAR, LAST_YEAR, NEXT_YEAR, YEAR_BEFORE, THEN }

    /**
     * A pattern and the lower-case words one of which must be in the text for the pattern to be worth running, as
     * their bits in {@link #TRIGGER_BITS}.
     */
    private record Rule(Kind kind, Pattern pattern, long triggers, String firstChars,
                        ExpressionStarts.StartFilter start) {
    }

    private static final List<String> MONTH_TRIGGERS = List.of("january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr",
            "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
    private static final String YEAR_TOKEN = "#year";
    /** A bit for each trigger word and the year token: a sentence's words are a set of them in one long. */
    private static final Map<String, Long> TRIGGER_BITS = triggerBits();

    private static final List<Rule> RULES = List.of(
            rule(Kind.DAY_MONTH_YEAR, "\\b(\\d{1,2})\\s+" + MONTH + ",?\\s+" + YEAR + "\\b"),
            rule(Kind.MONTH_DAY_YEAR, "\\b" + MONTH + "\\s+(\\d{1,2}),\\s+" + YEAR + "\\b"),
            rule(Kind.FIRST_MONTHS, "(?i)\\bfirst\\s+" + NUMBER_WORD + "\\s+(?:months|(quarters))(?:\\s+of\\s+" + YEARISH
                    + ")?"),
            rule(Kind.HALF, "(?i)\\b(?:" + YEAR + "\\s+)?(H1|H2|1H|2H|first half|second half)(?:\\s+(?:of\\s+)?" + YEARISH + ")?\\b"),
            rule(Kind.QUARTER, "(?i)\\b(?:" + YEAR + "\\s+)?(Q[1-4]|first quarter|second quarter|third quarter|fourth quarter)"
                    + "(?:\\s+(?:of\\s+)?" + YEARISH + ")?\\b"),
            rule(Kind.YEAR_TO_DATE, "(?i)\\b(?:" + YEAR + "\\s+)?(?:year[- ]to[- ]date|so far this year)"),
            rule(Kind.END_MONTH, "(?i)\\b(?:end|close)(?:\\s+of|-)\\s*(?-i)" + MONTH + "(?i)(?:,?\\s+" + YEARISH + ")?"),
            rule(Kind.END_YEAR, "(?i)\\b(?:end|close)(?:\\s+of\\s+|-)(?:the\\s+year|" + YEARISH + ")"
                    + "|\\b(?:year-end|year end)\\s+" + YEAR + "|\\b" + YEAR + "\\s+year-end"),
            rule(Kind.MONTH_YEAR, "\\b" + MONTH + ",?\\s+" + YEAR + "\\b"),
            rule(Kind.FULL_YEAR, "(?i)\\b(?:full[- ]year|fiscal(?: year)?|FY)\\s*" + YEAR + "\\b"),
            rule(Kind.IN_YEAR, "(?i)(?<=\\b(?:in|during|for|by|since|throughout|as of|at|from|before|after)\\s)" + YEAR
                    + "\\b(?![,.]\\d)"),
            rule(Kind.MONTH, "\\b(January|February|March|April|May|June|July|August|September|October|November|December)\\b"
                    + "(?:\\s+(this year|last year))?"),
            rule(Kind.THIS_YEAR, "(?i)\\bthis year\\b"),
            rule(Kind.LAST_YEAR, "(?i)\\blast year\\b"),
            rule(Kind.NEXT_YEAR, "(?i)\\bnext year\\b"),
            rule(Kind.YEAR_BEFORE, "(?i)\\b(?:a|one|the)\\s+(?:year|year-earlier period)\\s+(?:before|earlier|ago)\\b"
                    + "|\\bthe previous year\\b|\\ba year earlier\\b"),
            rule(Kind.THEN, "(?i)\\b(?:by|at|until)\\s+(?:then|that time)\\b"));

    private static final java.util.Set<String> OPTIONAL_BEFORE = java.util.Set.of("the", "end", "close", "of", "first");
    private static final java.util.Set<String> REFERENCE_WORDS = java.util.Set.of("since", "from", "than", "above",
            "below", "versus", "vs", "vs.", "against", "compared with", "compared to", "relative to");
    private static final java.util.Set<String> DEADLINE_WORDS = java.util.Set.of("by", "before", "until");
    private static final Map<String, Integer> NUMBER_WORDS = Map.of("two", 2, "three", 3, "four", 4, "five", 5,
            "six", 6, "seven", 7, "eight", 8, "nine", 9, "ten", 10, "eleven", 11);

    private static final PhraseMatcher TRIGGERS = PhraseMatcher.of(triggerWords());

    private static List<String> triggerWords() {
        List<String> all = new ArrayList<>(MONTH_TRIGGERS);
        all.addAll(List.of("end", "close", "months", "h1", "h2", "1h", "2h", "half", "q1", "q2", "q3", "q4", "quarter",
                "quarters", "date", "far", "full", "fiscal", "fy", "this", "last", "next", "before", "earlier", "ago", "previous",
                "year-earlier", "then", "time"));
        return all;
    }

    private static Map<String, Long> triggerBits() {
        List<String> words = new ArrayList<>(triggerWords());
        words.add(YEAR_TOKEN);
        if (words.size() > Long.SIZE) {
            throw new IllegalStateException(words.size() + " trigger words do not fit in a long");
        }
        Map<String, Long> bits = new java.util.HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            bits.put(words.get(i), 1L << i);
        }
        return Map.copyOf(bits);
    }

    private static Rule rule(Kind kind, String regex) {
        List<String> triggers = switch (kind) {
            case DAY_MONTH_YEAR, MONTH_DAY_YEAR, MONTH_YEAR, MONTH -> MONTH_TRIGGERS;
            case END_MONTH -> List.of("end", "close");
            case FIRST_MONTHS -> List.of("months", "quarters");
            case HALF -> List.of("h1", "h2", "1h", "2h", "half");
            case QUARTER -> List.of("q1", "q2", "q3", "q4", "quarter");
            case YEAR_TO_DATE -> List.of("date", "far");
            case END_YEAR -> List.of("end", "close");
            case FULL_YEAR -> List.of("full", "fiscal", "fy");
            case IN_YEAR -> List.of(YEAR_TOKEN);
            case THIS_YEAR -> List.of("this");
            case LAST_YEAR -> List.of("last");
            case NEXT_YEAR -> List.of("next");
            case YEAR_BEFORE -> List.of("before", "earlier", "ago", "previous", "year-earlier");
            case THEN -> List.of("then", "time");
        };
        // A first-character lookahead lets the matcher skip most positions without trying the alternations.
        String first = switch (kind) {
            case DAY_MONTH_YEAR -> "\\d";
            case MONTH_DAY_YEAR, MONTH_YEAR, MONTH -> "JFMASOND";
            case FIRST_MONTHS -> "fF";
            case THIS_YEAR -> "tT";
            case HALF -> "12HhFfSs";
            case QUARTER -> "12QqFfSsTt";
            case YEAR_TO_DATE -> "12YySs";
            case END_MONTH -> "eEcC";
            case END_YEAR -> "eEcCyY12";
            case FULL_YEAR -> "fF";
            case IN_YEAR -> "12";
            case LAST_YEAR -> "lL";
            case NEXT_YEAR -> "nN";
            case YEAR_BEFORE -> "aotAOT";
            case THEN -> "buaBUA";
        };
        String flags = regex.startsWith("(?i)") ? "(?i)" : "";
        long triggerBits = 0;
        for (String word : triggers) {
            triggerBits |= TRIGGER_BITS.get(word);
        }
        return new Rule(kind, Pattern.compile(flags + "(?=[" + first + "])" + regex.substring(flags.length())),
                triggerBits, first.equals("\\d") ? "0123456789" : first, start(kind));
    }

    /** Where each pattern can start: the words it begins with, after a word boundary. */
    private static ExpressionStarts.StartFilter start(Kind kind) {
        return switch (kind) {
            case DAY_MONTH_YEAR -> (t, at) -> ExpressionStarts.dayAt(t, at) && ExpressionStarts.wordStart(t, at);
            case MONTH_DAY_YEAR, MONTH_YEAR, MONTH -> (t, at) -> ExpressionStarts.monthAt(t, at)
                    && ExpressionStarts.wordStart(t, at);
            case FIRST_MONTHS -> (t, at) -> ExpressionStarts.startsWithAny(t, at, "first")
                    && ExpressionStarts.wordStart(t, at);
            case HALF -> (t, at) -> (ExpressionStarts.yearAt(t, at) || ExpressionStarts.startsWithAny(t, at, "h1", "h2",
                    "1h", "2h", "first half", "second half")) && ExpressionStarts.wordStart(t, at);
            case QUARTER -> (t, at) -> (ExpressionStarts.yearAt(t, at) || ExpressionStarts.startsWithAny(t, at, "q1",
                    "q2", "q3", "q4", "first quarter", "second quarter", "third quarter", "fourth quarter"))
                    && ExpressionStarts.wordStart(t, at);
            case YEAR_TO_DATE -> (t, at) -> (ExpressionStarts.yearAt(t, at)
                    || ExpressionStarts.startsWithAny(t, at, "year", "so far this year")) && ExpressionStarts.wordStart(t, at);
            case END_MONTH -> (t, at) -> ExpressionStarts.startsWithAny(t, at, "end", "close")
                    && ExpressionStarts.wordStart(t, at);
            case END_YEAR -> (t, at) -> (ExpressionStarts.startsWithAny(t, at, "end", "close", "year")
                    || ExpressionStarts.yearAt(t, at)) && ExpressionStarts.wordStart(t, at);
            case FULL_YEAR -> (t, at) -> ExpressionStarts.startsWithAny(t, at, "full", "fiscal", "fy")
                    && ExpressionStarts.wordStart(t, at);
            // After one of its words and a white-space character: the year is where the match starts.
            case IN_YEAR -> (t, at) -> ExpressionStarts.yearAt(t, at) && at > 0
                    && RegexChars.isSpace(t.charAt(at - 1));
            case THIS_YEAR -> (t, at) -> ExpressionStarts.startsWithAny(t, at, "this year") && ExpressionStarts.wordStart(t, at);
            case LAST_YEAR -> (t, at) -> ExpressionStarts.startsWithAny(t, at, "last year") && ExpressionStarts.wordStart(t, at);
            case NEXT_YEAR -> (t, at) -> ExpressionStarts.startsWithAny(t, at, "next year") && ExpressionStarts.wordStart(t, at);
            case YEAR_BEFORE -> (t, at) -> ExpressionStarts.wordThenSpace(t, at, "a", "one", "the")
                    && ExpressionStarts.wordStart(t, at);
            case THEN -> (t, at) -> ExpressionStarts.wordThenSpace(t, at, "by", "at", "until")
                    && ExpressionStarts.wordStart(t, at);
        };
    }

    /** Every time expression in the text, in order, resolved against the article's date (which may be null). */
    public List<PeriodMention> find(String text, LocalDate published) {
        List<int[]> taken = new ArrayList<>();
        List<PeriodMention> found = new ArrayList<>();
        List<Kind> kinds = new ArrayList<>();
        // One pass over the words decides which rules are worth running at all.
        long words = 0;
        for (PhraseMatcher.Hit h : TRIGGERS.findAll(text)) {
            words |= TRIGGER_BITS.getOrDefault(h.text().toLowerCase(Locale.ROOT), 0L);
        }
        if (hasYear(text)) {
            words |= TRIGGER_BITS.get(YEAR_TOKEN);
        }
        int[] starts = null;
        // Indexed loops: this runs for every sentence, and the lists' iterators were a good part of its garbage.
        for (int ruleIndex = 0; ruleIndex < RULES.size(); ruleIndex++) {
            Rule r = RULES.get(ruleIndex);
            if ((r.triggers() & words) == 0) {
                continue;
            }
            // A search, tried only where the pattern can start; the bounds let its look-behinds see the text before.
            // Every pattern starts with a letter or digit at a word boundary: only word starts are tried.
            if (starts == null) {
                starts = ExpressionStarts.wordStarts(text);
            }
            Matcher m = r.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            int n = text.length();
            int next = 0;
            for (int at : starts) {
                if (at < next || r.firstChars().indexOf(text.charAt(at)) < 0 || !r.start().mayStartAt(text, at)
                        || !m.region(at, n).lookingAt()) {
                    continue;
                }
                int s = m.start();
                int e = m.end();
                next = e > s ? e : e + 1;
                if (overlapsAny(taken, s, e)) {
                    continue;
                }
                taken.add(new int[] {s, e});
                String before = text.substring(Math.max(0, s - 30), s);
                String lead = leadingWord(before);
                boolean reference = REFERENCE_WORDS.contains(lead);
                String period = resolve(r.kind(), m, published);
                boolean future = period != null && DEADLINE_WORDS.contains(lead)
                        && published != null && CalendarPeriods.endOf(period).isAfter(published);
                found.add(new PeriodMention(s, e, period, reference, future));
                kinds.add(r.kind());
            }
        }
        // In text order, equal starts as found (a stable insertion sort: a sentence has a few mentions at most, and a
        // list of boxed indexes sorted through a comparator cost more than finding them)
        int size = found.size();
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            int start = found.get(i).start();
            int j = i - 1;
            while (j >= 0 && found.get(order[j]).start() > start) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = i;
        }
        List<PeriodMention> sorted = new ArrayList<>(size);
        List<Kind> sortedKinds = new ArrayList<>(size);
        for (int i : order) {
            sorted.add(found.get(i));
            sortedKinds.add(kinds.get(i));
        }
        return resolveRelative(sorted, sortedKinds);
    }

    private static boolean overlapsAny(List<int[]> spans, int start, int end) {
        for (int[] span : spans) {
            if (span[0] < end && start < span[1]) {
                return true;
            }
        }
        return false;
    }

    /** A year of four digits not inside a longer number: {@code (?<!\d)(?:19|20)\d{2}(?!\d)}. */
    private static boolean hasYear(String text) {
        for (int at = 0; at + 4 <= text.length(); at++) {
            if (ExpressionStarts.yearAt(text, at) && (at == 0 || !RegexChars.isDigit(text.charAt(at - 1)))
                    && (at + 4 == text.length() || !RegexChars.isDigit(text.charAt(at + 4)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The word that governs a time expression, looking past "the", "end of", "close of" and "first":
     * "since" in "since the end of last year", "by" in "by the end of 2023". The words are the runs between white
     * space ({@code \s}), read back from the end (this runs before every time expression).
     */
    static String leadingWord(String before) {
        String text = before.trim().toLowerCase(Locale.ROOT);
        int end = text.length();
        while (end > 0) {
            int start = wordStart(text, end);
            String word = text.substring(start, end);
            if (!OPTIONAL_BEFORE.contains(word)) {
                if (start > 0 && (word.equals("with") || word.equals("to"))) {
                    int previousEnd = spaceStart(text, start);
                    return text.substring(wordStart(text, previousEnd), previousEnd) + " " + word;
                }
                return word;
            }
            end = spaceStart(text, start);
        }
        return "";
    }

    /** Where the word that ends at {@code end} starts. */
    private static int wordStart(String text, int end) {
        int start = end;
        while (start > 0 && !RegexChars.isSpace(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    /** Where the run of white space that ends at {@code end} starts. */
    private static int spaceStart(String text, int end) {
        int start = end;
        while (start > 0 && RegexChars.isSpace(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    /** "a year before" is a year before the sentence's other period; "by then" is the period named before it. */
    private static List<PeriodMention> resolveRelative(List<PeriodMention> mentions, List<Kind> kinds) {
        List<PeriodMention> out = new ArrayList<>(mentions);
        for (int i = 0; i < out.size(); i++) {
            Kind k = kinds.get(i);
            if (k != Kind.YEAR_BEFORE && k != Kind.THEN) {
                continue;
            }
            String anchor = null;
            for (int j = i - 1; j >= 0 && anchor == null; j--) {
                if (kinds.get(j) != Kind.YEAR_BEFORE && kinds.get(j) != Kind.THEN && !out.get(j).reference()) {
                    anchor = out.get(j).period();
                }
            }
            if (anchor == null && k == Kind.YEAR_BEFORE) {
                for (int j = i + 1; j < out.size() && anchor == null; j++) {
                    if (kinds.get(j) != Kind.YEAR_BEFORE && kinds.get(j) != Kind.THEN) {
                        anchor = out.get(j).period();
                    }
                }
            }
            String period = anchor == null ? null : k == Kind.THEN ? anchor : CalendarPeriods.shiftYears(anchor, -1);
            PeriodMention m = out.get(i);
            out.set(i, new PeriodMention(m.start(), m.end(), period, m.reference(), false));
        }
        return out;
    }

    private static String resolve(Kind kind, Matcher m, LocalDate published) {
        return switch (kind) {
            case DAY_MONTH_YEAR -> LocalDate.of(Integer.parseInt(m.group(3)), CalendarPeriods.month(m.group(2)),
                    Integer.parseInt(m.group(1))).toString();
            case MONTH_DAY_YEAR -> LocalDate.of(Integer.parseInt(m.group(3)), CalendarPeriods.month(m.group(1)),
                    Integer.parseInt(m.group(2))).toString();
            case FIRST_MONTHS -> {
                int n = m.group(1).matches("\\d+") ? Integer.parseInt(m.group(1))
                        : NUMBER_WORDS.get(m.group(1).toLowerCase(Locale.ROOT));
                int months = m.group(2) != null ? 3 * n : n; // "the first three quarters" is nine months
                yield CalendarPeriods.window(CalendarPeriods.year(m.group(3), published, months), 1, months);
            }
            case HALF -> {
                boolean first = m.group(2).toLowerCase(Locale.ROOT).matches("h1|1h|first half");
                Integer y = m.group(1) != null ? Integer.valueOf(m.group(1))
                        : CalendarPeriods.year(m.group(3), published, first ? 6 : 12);
                yield CalendarPeriods.window(y, first ? 1 : 7, first ? 6 : 12);
            }
            case QUARTER -> {
                String q = m.group(2).toLowerCase(Locale.ROOT);
                int n = q.startsWith("q") ? q.charAt(1) - '0' : List.of("first", "second", "third", "fourth")
                        .indexOf(q.substring(0, q.indexOf(' '))) + 1;
                Integer y = m.group(1) != null ? Integer.valueOf(m.group(1))
                        : CalendarPeriods.year(m.group(3), published, n * 3);
                yield CalendarPeriods.window(y, n * 3 - 2, n * 3);
            }
            case YEAR_TO_DATE -> {
                if (published == null) {
                    yield null;
                }
                // Year-to-date statistics run through the last complete month before publication.
                YearMonth last = YearMonth.from(published).minusMonths(1);
                int y = m.group(1) != null ? Integer.parseInt(m.group(1)) : last.getYear();
                yield y == last.getYear() ? CalendarPeriods.window(y, 1, last.getMonthValue()) : String.valueOf(y);
            }
            case END_MONTH -> CalendarPeriods.monthPeriod(CalendarPeriods.month(m.group(1)), m.group(2), published);
            case END_YEAR -> {
                String y = firstNonNull(m.group(1), m.group(2), m.group(3));
                yield y == null ? (published == null ? null : String.valueOf(published.getYear()))
                        : CalendarPeriods.yearText(y, published);
            }
            case MONTH_YEAR -> YearMonth.of(Integer.parseInt(m.group(2)), CalendarPeriods.month(m.group(1))).toString();
            case FULL_YEAR, IN_YEAR -> m.group(1);
            case MONTH -> CalendarPeriods.monthPeriod(CalendarPeriods.month(m.group(1)), m.group(2), published);
            case THIS_YEAR -> published == null ? null : String.valueOf(published.getYear());
            case LAST_YEAR -> published == null ? null : String.valueOf(published.getYear() - 1);
            case NEXT_YEAR -> published == null ? null : String.valueOf(published.getYear() + 1);
            case YEAR_BEFORE, THEN -> null;
        };
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

}
