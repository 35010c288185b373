package org.infradigest.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.infradigest.input.ContentHash;
import org.infradigest.text.Lines;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The hand-written scans that replaced regular expressions and extra passes in the readers give what the
 * originals gave: each is run against the original (kept here verbatim) on many random and tricky strings.
 */
class HandWrittenScansTest {

    private static final int CASES = 20_000;
    /** Characters on the edges: line ends, Unicode spaces, invisible ones, case oddities, surrogates. */
    private static final String ODD = "\n\r\u000B\f\u0085\u2028\u2029 \t\u00A0\u2003\u3000\u001C\u001F\u200B\u200D"
            + "\u2060\uFEFF\u00AD\u0001\u007F\u0090\u180E\u202F&;#|.!?:;\"'\u201D\u2019)]-*\u2022\u00B7\u25AA\u25BA\u00A9"
            + "\u0130\u0131\u212A\u017F\u00DF\u03A3\u03C2\uFB01\uFF21\u2460\u01C5\uD801\uDC28\uD801\uDC00\uD835\uDC00"
            + "\uD800\uDC00\uDFFFaAzZ019<>/";

    private final SplittableRandom random = new SplittableRandom(20250701);

    private String randomText(int maxLength, List<String> pieces) {
        StringBuilder out = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        while (out.length() < length) {
            switch (random.nextInt(4)) {
                case 0 -> out.append(ODD.charAt(random.nextInt(ODD.length())));
                case 1 -> out.append((char) random.nextInt(0x80));
                case 2 -> out.append((char) random.nextInt(0x10000));
                default -> {
                    String piece = pieces.get(random.nextInt(pieces.size()));
                    out.append(random.nextBoolean() ? piece : random.nextBoolean()
                            ? piece.toUpperCase(Locale.ROOT) : piece.toLowerCase(Locale.ROOT));
                }
            }
        }
        return out.toString();
    }

    private static final List<String> WORDS = List.of("the ", "Top News", "today's ", "Today\u2019s ", "related",
            " stories", "most read", "Read more", "also read", "more news from ", "recommended for you", "you may",
            " also like", "trending now", "popular", "editor's picks", "latest news", "in other news", "see also",
            ":", " :", "share this article", "advertisement", "sponsored", "follow us on ", "sign up ", "subscribe ",
            "we use cookies", "accept all cookies", "copyright ", "\u00A9", "all rights reserved", "title", "date",
            "url", "source", " : ", "&amp;", "&amp;amp;", "&#38;", "&#x26;", "&nbsp;", "&bogus;", "&shy;", "&#0;",
            "<html", "</BODY", "<Html>", "<body", "</html>", "1. ", "12) ", "- ", "\u2022 ", "2024-01-05", "  ",
            "\r\n", "\n", "word", "Word");

    @Test
    void linesSplitAsTheLineEndRegexDoes() {
        for (int i = 0; i < CASES; i++) {
            String text = randomText(30, WORDS);
            assertThat(Lines.withTrailing(text)).as(escaped(text)).containsExactly(text.split("\\R", -1));
        }
        assertThat(Lines.withTrailing("")).containsExactly("");
        assertThat(Lines.withTrailing("\r\n\r")).containsExactly("", "", "");
    }

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;\"'\u201D\u2019)\\]]$");
    private static final Pattern STARTS_LOWERCASE = Pattern.compile("^\\p{Ll}");

    @Test
    void paragraphEndsAndStartsAsTheRegexesSay() {
        for (int i = 0; i < CASES; i++) {
            String text = randomText(12, WORDS);
            assertThat(Paragraphs.endsSentence(new StringBuilder(text))).as(escaped(text))
                    .isEqualTo(SENTENCE_END.matcher(text).find());
            assertThat(Paragraphs.startsLowercase(text)).as(escaped(text))
                    .isEqualTo(STARTS_LOWERCASE.matcher(text).find());
        }
    }

    private static final Pattern LIST_HEADING = Pattern.compile(
            "(?i)^(today'?s |today\u2019s )?(top (news|stories)|related( stories| articles| news| reading| content)?"
                    + "|most (read|popular|viewed|shared)|read more|also read|more (news|stories)( from .*)?"
                    + "|recommended( for you| stories)?|you (may|might) also like|trending( now| stories)?"
                    + "|popular( stories| now)?|editor'?s picks|latest( news| stories)?|in other news|see also)"
                    + "\\s*:?$");
    private static final Pattern BOILERPLATE_LINE = Pattern.compile(
            "(?i)^(share( this( article| story)?)?|advertisement|sponsored|follow us( on .*)?|sign up .*"
                    + "|subscribe .*|we use cookies.*|accept( all)? cookies.*|copyright .*|\u00A9.*|all rights reserved.*)"
                    + "$");

    @Test
    void furnitureLinesAreFoundAsTheRegexesFindThem() {
        int headings = 0;
        int boilerplate = 0;
        for (int i = 0; i < CASES * 5; i++) {
            String text = i % 2 == 0 ? randomText(40, WORDS)
                    : WORDS.get(random.nextInt(WORDS.size())) + randomText(3, WORDS);
            boolean heading = LIST_HEADING.matcher(text).matches();
            boolean boiler = BOILERPLATE_LINE.matcher(text).matches();
            assertThat(FurnitureFilter.isListHeading(text)).as(escaped(text)).isEqualTo(heading);
            assertThat(FurnitureFilter.isBoilerplate(text)).as(escaped(text)).isEqualTo(boiler);
            headings += heading ? 1 : 0;
            boilerplate += boiler ? 1 : 0;
        }
        assertThat(headings).isPositive();
        assertThat(boilerplate).isPositive();
    }

    private static final Pattern HEADER_LINE =
            Pattern.compile("^\\s*(title|date|url|source)\\s*:\\s*(.*?)\\s*$", Pattern.CASE_INSENSITIVE);

    @Test
    void headerLinesAreReadAsTheRegexReadsThem() {
        int matched = 0;
        for (int i = 0; i < CASES * 3; i++) {
            String line = i % 3 == 0 ? randomText(25, WORDS)
                    : randomText(2, List.of(" ", "\t")) + WORDS.get(random.nextInt(WORDS.size())) + randomText(3, WORDS);
            Matcher matcher = HEADER_LINE.matcher(line);
            String[] expected = matcher.matches()
                    ? new String[] {matcher.group(1).toLowerCase(Locale.ROOT), matcher.group(2)} : null;
            assertThat(PlainTextArticleReader.headerLine(line)).as(escaped(line)).isEqualTo(expected);
            matched += expected == null ? 0 : 1;
        }
        assertThat(matched).isPositive();
    }

    @Test
    void asciiCaseSearchIsTheSearchOfTheLowerCasedText() {
        for (int codePoint = 0x80; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String lower = Character.toString(codePoint).toLowerCase(Locale.ROOT);
            for (char c : "<>/htmlbody".toCharArray()) {
                assertThat(lower.indexOf(c)).as("U+%04X", codePoint).isNegative();
            }
        }
        for (int i = 0; i < CASES; i++) {
            String text = randomText(20, WORDS);
            for (String needle : List.of("<html", "<body", "</html", "</body")) {
                assertThat(AsciiCase.contains(text, needle)).as(escaped(text))
                        .isEqualTo(text.toLowerCase(Locale.ROOT).contains(needle));
            }
        }
    }

    /** Paragraphs.normalise as it was before it copied runs whole (the code of then, verbatim). */
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]{1,31});");
    private static final Pattern SPACE_RUN = Pattern.compile("[\\s\\p{Z}]+");

    private static String normaliseAsBefore(String text) {
        if (text == null) {
            return "";
        }
        String decoded = text.indexOf('&') >= 0 && ENTITY.matcher(text).find()
                ? org.jsoup.parser.Parser.unescapeEntities(text, false) : text;
        // One pass instead of three regular expressions (this runs on every line of every article): drop
        // invisible characters, turn controls other than tab and line ends into spaces, make each run of
        // whitespace (\s and \p{Z}) one space, strip the ends.
        StringBuilder out = null;
        boolean pendingSpace = false;
        int length = decoded.length();
        for (int i = 0; i < length; i++) {
            char c = decoded.charAt(i);
            if (isInvisible(c)) {
                if (out == null) {
                    out = copied(decoded, i, pendingSpace);
                }
                continue;
            }
            if (isSpace(c)) {
                if (out == null && (c != ' ' || pendingSpace || i == 0)) {
                    out = copied(decoded, i, pendingSpace);
                }
                pendingSpace = true;
                continue;
            }
            if (pendingSpace) {
                if (out != null && !out.isEmpty()) {
                    out.append(' ');
                }
                pendingSpace = false;
            }
            if (out != null) {
                out.append(c);
            }
        }
        if (out == null) {
            // Nothing to change but, perhaps, one trailing space.
            return pendingSpace ? decoded.substring(0, length - 1) : decoded;
        }
        return out.toString();
    }

    // While nothing changed, a pending space is the single ' ' just before i: it is written when the next
    // visible character comes, so it is left out of the copy.
    private static StringBuilder copied(String text, int i, boolean pendingSpace) {
        return new StringBuilder(text.length()).append(text, 0, pendingSpace ? i - 1 : i);
    }

    private static boolean isInvisible(char c) {
        return (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    /** {@code [\\s\\p{Z}]} and the controls other than tab, line feed and carriage return. */
    private static boolean isSpace(char c) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\f') {
            return true;
        }
        if (c < 0x80) {
            return c < 0x20 || c == 0x7F;
        }
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.SPACE_SEPARATOR
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    @Test
    void paragraphsAreNormalisedAsBefore() {
        for (int i = 0; i < CASES; i++) {
            String text = randomText(40, WORDS);
            assertThat(Paragraphs.normalise(text)).as(escaped(text)).isEqualTo(normaliseAsBefore(text));
        }
    }

    /** ArticleKey.of as it was: the normalised title and body (that code is still the path for non-ASCII text). */
    private static String keyAsBefore(String title, String body) {
        return ContentHash.of(ArticleKey.normalised(title) + "\n" + ArticleKey.normalised(body));
    }

    /** The normalised text is what the whitespace regex would give, too. */
    @Test
    void keyTextCollapsesWhitespaceAsTheRegexDoes() {
        for (int i = 0; i < CASES; i++) {
            String text = randomText(30, WORDS);
            assertThat(ArticleKey.collapseWhitespace(text)).as(escaped(text))
                    .isEqualTo(SPACE_RUN.matcher(text).replaceAll(" "));
        }
    }

    @Test
    void articleKeysAreTheKeysOfBefore() {
        for (int i = 0; i < CASES; i++) {
            String title = random.nextInt(10) == 0 ? null : randomText(15, WORDS);
            String body = random.nextInt(10) == 0 ? null : randomText(60, WORDS);
            if (random.nextBoolean()) { // mostly ASCII, the fast path
                title = title == null ? null : title.replaceAll("[^\\x00-\\x7F]", "x");
                body = body == null ? null : body.replaceAll("[^\\x00-\\x7F]", "y");
            }
            assertThat(ArticleKey.of(title, body)).as(escaped(title) + " / " + escaped(body))
                    .isEqualTo(keyAsBefore(title, body));
        }
    }

    @Test
    void visibleTextCountIsALowerBoundOfJsoupText() {
        List<String> markup = List.of("<p>", "</p>", "<div>", "</div>", "<br>", "<pre>", "</pre>", "<b>", "</b>",
                "<![CDATA[x y]]>", "<script>var a = 'long text that is no text';</script>", "<!-- a comment -->",
                "<textarea>t e x t</textarea>", "&nbsp;", "&#8203;", "&shy;", "&amp;", "   ", "\u00A0\u00A0", "word ",
                "<span>", "</span>", "<table><tr><td>", "</td></tr></table>");
        int exceeded = 0;
        for (int i = 0; i < CASES / 4; i++) {
            String html = "<div>" + randomText(120, markup) + "</div>";
            Element div = Jsoup.parseBodyFragment(html).body().child(0);
            for (int limit : new int[] {0, 5, 20, 60}) {
                if (VisibleText.exceeds(div, limit)) {
                    assertThat(div.text().length()).as(escaped(html)).isGreaterThan(limit);
                    exceeded++;
                }
            }
        }
        assertThat(exceeded).isPositive();
    }

    @Test
    void utf8IsDecodedAsTheStrictDecoderDecodesIt() throws Exception {
        byte[] pieces = {0x41, 0x20, 0x0A, (byte) 0xC3, (byte) 0xA9, (byte) 0xE2, (byte) 0x80, (byte) 0x99,
            (byte) 0xED, (byte) 0xA0, (byte) 0xBF, (byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80, (byte) 0xF4,
            (byte) 0x90, (byte) 0xC0, (byte) 0xAF, (byte) 0xEF, (byte) 0xBF, (byte) 0xBD, (byte) 0xFF, (byte) 0xF8,
            (byte) 0xE0, (byte) 0x9F, 0x7B, 0x3C};
        int valid = 0;
        for (int i = 0; i < CASES * 2; i++) {
            byte[] bytes = new byte[1 + random.nextInt(12)];
            for (int j = 0; j < bytes.length; j++) {
                bytes[j] = random.nextInt(4) == 0 ? (byte) random.nextInt(256) : pieces[random.nextInt(pieces.length)];
            }
            if (TextDecoder.bomCharset(bytes).isPresent()) {
                continue;
            }
            String strict;
            try {
                strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException invalid) {
                // what the fast path relies on: String marks every malformed sequence
                assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\uFFFD");
                continue;
            }
            assertThat(TextDecoder.decode(bytes, NewsFormat.TEXT)).isEqualTo(strict);
            valid++;
        }
        assertThat(valid).isPositive();
    }

    /** PublicationDates.parse as it was: every layout tried by catching its exception. */
    private static final List<DateTimeFormatter> ZONED = List.of(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME, DateTimeFormatter.RFC_1123_DATE_TIME,
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSS]XXX", Locale.ROOT),
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS]Z", Locale.ROOT));

    private static Optional<LocalDate> parseAsBefore(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.strip();
        for (DateTimeFormatter formatter : ZONED) {
            try {
                return Optional.of(OffsetDateTime.parse(text, formatter).toLocalDate());
            } catch (DateTimeParseException notThisOne) {
                // next
            }
        }
        try {
            return Optional.of(ZonedDateTime.parse(text).toLocalDate());
        } catch (DateTimeParseException notZoned) {
            // next
        }
        try {
            return Optional.of(LocalDateTime.parse(text.replace(' ', 'T')).toLocalDate());
        } catch (DateTimeParseException notLocal) {
            // next
        }
        return PublicationDates.find(text).filter(date -> text.length() <= 40);
    }

    @Test
    void datesAreReadAsBefore() {
        List<String> dates = List.of("2024-01-05", "2024-12-13 08:00:00", "2022-06-11T01:00+08:00",
                "Thu, 20 Apr 2023 08:00:00 +0000", "2023-04-20T01:00:00Z", "2023-04-20T01:00:00.123+0800",
                "2024-06-01 10:00:00+02:00", "2024-06-01 10:00:00.5+02:00", "2022-06-11T01:00", "2024-02-30 00:00:00",
                "2024-02-30T00:00:00Z", "2021-13-01", "June 11, 2022", "2019-03-10T02:30:00[America/New_York]",
                "2024-01-05T25:00:00", "Mon, 31 Feb 2023 08:00:00 GMT", "2024-01-05T10:00:00+1", "not a date", "",
                "2024-01-05T10:00:00.1234567890Z", "+12024-01-05T10:00:00Z", "2024-1-5 8:0:0", "2024-01-05T10:00");
        for (String date : dates) {
            assertThat(PublicationDates.parse(date)).as(date).isEqualTo(parseAsBefore(date));
        }
        for (int i = 0; i < CASES; i++) {
            String base = dates.get(random.nextInt(dates.size()));
            StringBuilder text = new StringBuilder(base);
            for (int edits = random.nextInt(3); edits > 0 && !text.isEmpty(); edits--) {
                int at = random.nextInt(text.length());
                text.setCharAt(at, "0123456789 -:+TZ.".charAt(random.nextInt(17)));
            }
            assertThat(PublicationDates.parse(text.toString())).as(text.toString())
                    .isEqualTo(parseAsBefore(text.toString()));
        }
    }

    private static String escaped(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format(Locale.ROOT, "\\u%04X", (int) c));
        }
        return out.toString();
    }
}
