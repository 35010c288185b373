package org.infradigest.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures in a sentence with their scale ("4.25 million", "4.69 lakh", "4,52,055", "eight million",
 * "CNY9.75 billion", "36.3 percent", "150EFlops"), and leaves out what only looks like a number: generations
 * ("5G"), frequencies and speeds, versions ("DOCSIS 3.1"), years, dates, times, ordinals and "Q3"/"H1".
 */
public final class NumberGrammar {

    // The scale words; ScaleAndPercent spells the same out for the text after a number.
    private static final String SCALE = "thousand|million|mln|mn|billion|bn|trillion|lakhs?|crores?";
    private static final Pattern WORDS = Pattern.compile("(?i)(?<![\\p{L}-])(" + wordAlternation()
            + ")(?:[- ](one|two|three|four|five|six|seven|eight|nine))?(?![\\p{L}-])");
    private static final Pattern ATTACHED_UNIT = Pattern.compile("^\\s?(EFLOPS|EFlops|Eflops|EFLOP|exaflops)(?![\\p{L}])");
    private static final Pattern CURRENCY_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(CNY|RMB|USD|US\\$|HK\\$|INR|Rs\\.?|EUR|GBP|JPY|\\$|€|£|¥|₹)\\s?$");
    private static final Pattern CURRENCY_AFTER = Pattern.compile(
            "^\\s+(yuan|renminbi|(?:U\\.S\\. |US |Hong Kong )?dollars|rupees|pounds(?: sterling)?|euros|yen)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    /** What after a number makes it no figure ("5G", "3.4GHz", "100 Mbps", "1st"), with a space before it or not. */
    private static final String[] NOT_A_FIGURE_UNITS = {"GHz", "MHz", "kHz", "Gbps", "Mbps", "Kbps", "kbps", "Tbps",
        "Gbit", "Mbit", "km", "kilomet", "metre", "meter", "MW", "GW", "kW", "nm", "dB", "TB", "GB", "MB"};
    /** The same, as whole words. */
    private static final String[] NOT_A_FIGURE_WORDS = {"ms", "sq", "st", "nd", "rd", "th"};
    private static final Pattern VERSION_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:DOCSIS|Release|Rel\\.?|Wi-?Fi|[Vv]ersion|v|IPv|PCIe|USB|Bluetooth|Android|iOS|No\\.?|Nos\\.?|#)\\s?$");
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|"
            + "November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
    private static final Pattern MONTH_BEFORE = Pattern.compile("(?:" + MONTHS + ")\\.?\\s$");
    private static final Pattern MONTH_AFTER = Pattern.compile("^\\s(?:" + MONTHS + ")\\b");
    private static final Map<String, Integer> WORD_VALUES = wordValues();
    private static final PhraseMatcher NUMBER_WORDS = PhraseMatcher.of(List.of(wordAlternation().split("\\|")));

    private static String wordAlternation() {
        return "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                + "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
                + "a hundred|one hundred|hundred|a dozen|dozen";
    }

    private static Map<String, Integer> wordValues() {
        String[] names = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                "nineteen"};
        Map<String, Integer> map = new java.util.HashMap<>();
        for (int i = 0; i < names.length; i++) {
            map.put(names[i], i);
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            map.put(tens[i], 20 + 10 * i);
        }
        map.put("hundred", 100);
        map.put("a hundred", 100);
        map.put("one hundred", 100);
        map.put("dozen", 12);
        map.put("a dozen", 12);
        return Map.copyOf(map);
    }

    /** Joins a decimal broken across lines by a bad copy ("53." newline "1 percent"). */
    public static String repairBrokenDecimals(String text) {
        if (!mayHaveBrokenDecimal(text)) {
            return text;
        }
        return text.replaceAll("(?<![\\d,])(\\d{1,3})\\.\\s*\\n\\s*(\\d+)(?=\\s*(?:percent|per cent|%|"
                + SCALE + ")\\b)", "$1.$2");
    }

    /**
     * True when a digit and a full stop end white space holding a line break that a digit follows: the only places
     * the repair can change. Cheaper than any regular expression over the whole body, which most articles need not.
     */
    private static boolean mayHaveBrokenDecimal(String text) {
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
            int before = nl;
            while (before > 0 && RegexChars.isSpace(text.charAt(before - 1))) {
                before--;
            }
            int after = nl;
            while (after < text.length() && RegexChars.isSpace(text.charAt(after))) {
                after++;
            }
            if (before >= 2 && text.charAt(before - 1) == '.' && RegexChars.isDigit(text.charAt(before - 2))
                    && after < text.length() && RegexChars.isDigit(text.charAt(after))) {
                return true;
            }
        }
        return false;
    }

    /** The value of a table cell that holds only a number ("4,52,055", "30214", "2.6 million"), or null. */
    public BigDecimal cellValue(String cell) {
        String c = cell.trim();
        List<NumberToken> tokens = find(c);
        if (tokens.size() == 1 && tokens.get(0).start() == 0 && tokens.get(0).end() == c.length()) {
            return tokens.get(0).value();
        }
        return c.matches("\\d{4}") ? new BigDecimal(c) : null;
    }

    /** Every figure in the text, in order. */
    public List<NumberToken> find(String text) {
        List<NumberToken> found = new ArrayList<>();
        // Figures are read only where one can start: a digit not inside another number.
        for (int p = nextFigureStart(text, 0); p >= 0; p = nextFigureStart(text, p)) {
            DigitGroups digits = DigitGroups.at(text, p);
            p = digits.end();
            NumberToken t = digitToken(text, digits);
            if (t != null) {
                found.add(t);
            }
        }
        // The word-number pattern only runs where the index saw a number word.
        Matcher w = null; // made at the first number word: most sentences have none
        for (PhraseMatcher.Hit hit : NUMBER_WORDS.findAll(text)) {
            if (w == null) {
                w = WORDS.matcher(text).useTransparentBounds(true);
            }
            w.region(hit.start(), text.length());
            if (w.lookingAt()) {
                NumberToken t = wordToken(text, w);
                if (t != null) {
                    found.add(t);
                }
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /**
     * The first offset from {@code from} where a figure can start ({@link DigitGroups}): a digit not preceded by a
     * number character, a point, a comma, a slash or a colon. -1 when there is none.
     */
    private static int nextFigureStart(String text, int from) {
        for (int p = from; p < text.length(); p++) {
            if (RegexChars.isDigit(text.charAt(p)) && (p == 0 || !continuesNumber(text.charAt(p - 1)))) {
                return p;
            }
        }
        return -1;
    }

    /** {@code [\p{N}.,/:]} for the character before a digit. */
    private static boolean continuesNumber(char c) {
        if (c == '.' || c == ',' || c == '/' || c == ':') {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /**
     * The offset of the last character of the word that ends the text, past at most three white-space or line-break
     * characters (what {@code \s?$} can leave after it), or -1. The patterns that end in {@code \s?$} only run when
     * the word there can be theirs.
     */
    private static int lastWordEnd(String text) {
        int j = text.length() - 1;
        for (int skipped = 0; j >= 0 && skipped < 3
                && (RegexChars.isSpace(text.charAt(j)) || isLineBreak(text.charAt(j))); skipped++) {
            j--;
        }
        return j;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** Last characters of the currency marks of {@link #CURRENCY_BEFORE}. */
    private static final String CURRENCY_ENDS = "YBD$Rs.P€£¥₹";
    /** The words of {@link #VERSION_BEFORE}. */
    private static final List<String> VERSION_WORDS = List.of("DOCSIS", "Release", "Rel", "Rel.", "Wi-Fi", "WiFi",
            "Version", "version", "v", "IPv", "PCIe", "USB", "Bluetooth", "Android", "iOS", "No", "No.", "Nos", "Nos.", "#");
    /** First letters of the month names of {@link #MONTH_BEFORE} and {@link #MONTH_AFTER}. */
    private static final String MONTH_INITIALS = "JFMASOND";

    private static boolean mayEndWithCurrency(String before) {
        int j = lastWordEnd(before);
        return j >= 0 && CURRENCY_ENDS.indexOf(before.charAt(j)) >= 0;
    }

    private static boolean mayEndWithVersionWord(String before) {
        int end = lastWordEnd(before) + 1;
        for (String word : VERSION_WORDS) {
            if (end >= word.length() && before.startsWith(word, end - word.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasMonthInitial(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (MONTH_INITIALS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether what follows a number makes it no figure: {@code ^(?:[\p{L}]|-[\p{L}\p{N}]|\s?(?:GHz|MHz|...|MB|ms\b|
     * sq\b|:\d|/\d|st\b|nd\b|rd\b|th\b))} looking at its start, written out as it runs for every number.
     */
    static boolean isNotAFigureAfter(String rest) {
        if (rest.isEmpty()) {
            return false;
        }
        char first = rest.charAt(0);
        if (Character.isLetter(rest.codePointAt(0))) {
            return true;
        }
        if (first == '-' && rest.length() > 1) {
            int next = rest.codePointAt(1);
            if (Character.isLetter(next) || isNumber(next)) {
                return true;
            }
        }
        return unitOrOrdinalAt(rest, RegexChars.isSpace(first) ? 1 : 0);
    }

    /** {@code \p{N}}. */
    private static boolean isNumber(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static boolean unitOrOrdinalAt(String text, int i) {
        for (String unit : NOT_A_FIGURE_UNITS) {
            if (text.startsWith(unit, i)) {
                return true;
            }
        }
        for (String word : NOT_A_FIGURE_WORDS) {
            if (text.startsWith(word, i) && !RegexChars.isWordAfter(text, i + word.length())) {
                return true;
            }
        }
        return i + 1 < text.length() && (text.charAt(i) == ':' || text.charAt(i) == '/')
                && RegexChars.isDigit(text.charAt(i + 1));
    }

    /** What {@link #ATTACHED_UNIT} needs at the start: an 'E' or 'e', after one white-space character or none. */
    private static boolean mayStartWithE(String rest) {
        int at = !rest.isEmpty() && RegexChars.isSpace(rest.charAt(0)) ? 1 : 0;
        return at < rest.length() && (rest.charAt(at) == 'E' || rest.charAt(at) == 'e');
    }

    private NumberToken digitToken(String text, DigitGroups digits) {
        int start = digits.start();
        int end = digits.end();
        String integerPart = digits.integerPart(text);
        String fraction = digits.fraction(text);
        String before = text.substring(Math.max(0, start - 12), start);
        String currency = null;
        Matcher cur = mayEndWithCurrency(before) ? CURRENCY_BEFORE.matcher(before) : null;
        if (cur != null && cur.find()) {
            currency = currencyCode(cur.group(1));
            start -= cur.group().length();
        } else if (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '-'
                && start > 1 && Character.isLetterOrDigit(text.charAt(start - 2)))) {
            return null; // Q3, H1, C114, end-2023, COVID-19
        }
        if (mayEndWithVersionWord(before) && VERSION_BEFORE.matcher(before).find()) {
            return null;
        }
        String rest = text.substring(end, Math.min(text.length(), end + 40)); // units and scales follow closely
        Matcher unit = mayStartWithE(rest) ? ATTACHED_UNIT.matcher(rest) : null;
        if (unit != null && unit.lookingAt()) {
            return new NumberToken(start, end + unit.end(), parse(integerPart, fraction), false, currency, "EFLOPS");
        }
        ScaleAndPercent after = ScaleAndPercent.of(rest);
        String scale = after.scale();
        boolean percent = after.percent() != null;
        if (("m".equalsIgnoreCase(scale) || "k".equalsIgnoreCase(scale)) && rest.startsWith(" ")) {
            // "8m homes" is eight million; "8 m" is more likely metres or noise.
            scale = null;
        }
        if (scale == null && !percent && isNotAFigureAfter(rest)) {
            return null; // 5G, 3.4GHz, 100 Mbps, 1st, 17:09, 10-gigabit
        }
        int tokenEnd = end + (scale != null || percent ? after.end() : 0);
        BigDecimal value = parse(integerPart, fraction);
        if (scale == null && !percent && currency == null) {
            if (isYear(integerPart, fraction) || isDate(text, digits.start(), end)) {
                return null;
            }
        }
        if (scale != null) {
            value = value.multiply(multiplier(scale));
        }
        if (currency == null && !percent && tokenEnd < text.length() && RegexChars.isSpace(text.charAt(tokenEnd))) {
            Matcher curAfter = CURRENCY_AFTER.matcher(text.substring(tokenEnd, Math.min(text.length(), tokenEnd + 40)));
            if (curAfter.lookingAt()) {
                currency = currencyCode(curAfter.group(1));
                tokenEnd += curAfter.end();
            }
        }
        return new NumberToken(start, tokenEnd, value.stripTrailingZeros(), percent, currency, null);
    }

    private static final Pattern DETERMINER_BEFORE = Pattern.compile("(?i)\\b(?:the|its|their|these|those)\\s+$");

    private NumberToken wordToken(String text, Matcher w) {
        String first = w.group(1).toLowerCase(Locale.ROOT);
        BigDecimal value = BigDecimal.valueOf(WORD_VALUES.get(first)
                + (w.group(2) == null ? 0 : WORD_VALUES.get(w.group(2).toLowerCase(Locale.ROOT))));
        String rest = text.substring(w.end(), Math.min(text.length(), w.end() + 40));
        ScaleAndPercent after = ScaleAndPercent.of(rest);
        String scale = after.scale();
        if ("m".equalsIgnoreCase(scale) || "k".equalsIgnoreCase(scale)) {
            scale = null;
        }
        boolean percent = after.percent() != null;
        // "one" and "a dozen" without a scale are far more often words than figures.
        if (scale == null && !percent && (first.equals("one") || first.equals("zero"))) {
            return null;
        }
        // "the three operators", "its four units": a spelled-out count after a determiner names known things.
        if (scale == null && !percent && DETERMINER_BEFORE.matcher(text.substring(Math.max(0, w.start() - 8),
                w.start())).find()) {
            return null;
        }
        if (scale != null) {
            value = value.multiply(multiplier(scale));
        }
        int end = w.end() + (scale != null || percent ? after.end() : 0);
        return new NumberToken(w.start(), end, value.stripTrailingZeros(), percent, null, null);
    }

    private static BigDecimal parse(String integerPart, String fraction) {
        return new BigDecimal(integerPart.replace(",", "") + (fraction == null ? "" : fraction));
    }

    private static boolean isYear(String integerPart, String fraction) {
        if (fraction != null || integerPart.contains(",") || integerPart.length() != 4) {
            return false;
        }
        int v = Integer.parseInt(integerPart);
        return v >= 1900 && v <= 2100;
    }

    private static boolean isDate(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 11), start);
        String after = text.substring(end, Math.min(text.length(), end + 12));
        return hasMonthInitial(before) && MONTH_BEFORE.matcher(before).find()
                || after.length() > 1 && RegexChars.isSpace(after.charAt(0)) && MONTH_INITIALS.indexOf(after.charAt(1)) >= 0
                && MONTH_AFTER.matcher(after).lookingAt();
    }

    private static BigDecimal multiplier(String scale) {
        String s = scale.toLowerCase(Locale.ROOT);
        return switch (s) {
            case "thousand", "k" -> BigDecimal.valueOf(1_000L);
            case "million", "mln", "mn", "m" -> BigDecimal.valueOf(1_000_000L);
            case "billion", "bn" -> BigDecimal.valueOf(1_000_000_000L);
            case "trillion" -> BigDecimal.valueOf(1_000_000_000_000L);
            case "lakh", "lakhs" -> BigDecimal.valueOf(100_000L);
            case "crore", "crores" -> BigDecimal.valueOf(10_000_000L);
            default -> BigDecimal.ONE;
        };
    }

    private static String currencyCode(String written) {
        String w = written.trim().toLowerCase(Locale.ROOT);
        if (w.startsWith("cny") || w.startsWith("rmb") || w.equals("¥") || w.startsWith("yuan") || w.startsWith("renminbi")) {
            return "CNY";
        }
        if (w.startsWith("inr") || w.startsWith("rs") || w.equals("₹") || w.startsWith("rupee")) {
            return "INR";
        }
        if (w.startsWith("hk")) {
            return "HKD";
        }
        if (w.startsWith("eur") || w.equals("€")) {
            return "EUR";
        }
        if (w.startsWith("gbp") || w.equals("£") || w.startsWith("pound")) {
            return "GBP";
        }
        if (w.startsWith("jpy") || w.startsWith("yen")) {
            return "JPY";
        }
        return "USD";
    }
}
