package org.infradigest.news;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Removes page furniture, so that its numbers never reach the body: navigation, headers and footers,
 * sidebars, tickers, cookie banners, share bars, scripts and styles, and lists under headings such as
 * "Today's Top News", "Related stories" or "Most read". Works on an HTML tree and, for text that has
 * already lost its markup (plain text, feeds, news-please), on paragraphs.
 */
final class FurnitureFilter {

    // Selectors parsed once (see Selectors)
    private static final Evaluator HEADER = QueryParser.parse("header");
    private static final Evaluator HEADING_LIKE =
            QueryParser.parse("h1, h2, h3, h4, h5, h6, strong, b, p, div, span, dt");
    private static final Evaluator LINK = QueryParser.parse("a");
    private static final Evaluator STORY_CONTAINER = QueryParser.parse("article, main, [itemprop=articleBody]");

    private static final Evaluator NEVER_CONTENT =
            QueryParser.parse("script, style, noscript, template, iframe, object, embed, svg, canvas");
    private static final String NON_CONTENT = "form, button, select, input, textarea, nav, aside, footer, menu, dialog,"
            + " [role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=dialog],"
            + " [aria-hidden=true], [hidden]";

    private static final Evaluator NON_CONTENT_SELECTOR = QueryParser.parse(NON_CONTENT);
    private static final Set<String> NON_CONTENT_TAGS = Set.of("form", "button", "select", "input", "textarea", "nav",
            "aside", "footer", "menu", "dialog");
    /**
     * {@link #NON_CONTENT} for a whole page at less cost: an element without attributes can only match it by its
     * tag, so most elements are settled without testing every attribute selector on them.
     */
    private static final Evaluator NON_CONTENT_FAST = new Evaluator() {
        @Override
        public boolean matches(Element root, Element element) {
            return (element.attributesSize() > 0 || NON_CONTENT_TAGS.contains(element.normalName()))
                    && NON_CONTENT_SELECTOR.matches(root, element);
        }

        @Override
        public String toString() {
            return NON_CONTENT;
        }
    };

    /** Words in a class or id that mark furniture; matched as whole words of the name ("site-header"). */
    private static final Set<String> FURNITURE_WORDS = Set.of(
            "nav", "navbar", "navigation", "menu", "header", "masthead", "footer", "sidebar", "aside",
            "ticker", "marquee", "cookie", "cookies", "consent", "gdpr", "banner", "share", "sharing", "social",
            "sharebar", "related", "recommended", "recommend", "popular", "trending", "mostread", "topnews",
            "newsletter", "subscribe", "subscription", "signup", "promo", "advert", "advertisement", "ad", "ads",
            "sponsor", "sponsored", "breadcrumb", "breadcrumbs", "comments", "comment", "byline", "author",
            "tags", "pagination", "toolbar", "widget", "modal", "popup", "outbrain", "taboola");
    private static final Pattern NAME_WORDS = Pattern.compile("[\\s_-]+|(?<=[a-z])(?=[A-Z])");
    private static final Set<String> FURNITURE_PAIRS = Set.of("top news", "most read", "most popular",
            "more news", "read more", "also read", "top stories", "latest news", "you may like");

    /** Headings that introduce a list of other stories rather than the article's own text. */
    private static final Pattern LIST_HEADING = Pattern.compile(
            "(?i)^(today'?s |today’s )?(top (news|stories)|related( stories| articles| news| reading| content)?"
                    + "|most (read|popular|viewed|shared)|read more|also read|more (news|stories)( from .*)?"
                    + "|recommended( for you| stories)?|you (may|might) also like|trending( now| stories)?"
                    + "|popular( stories| now)?|editor'?s picks|latest( news| stories)?|in other news|see also)"
                    + "\\s*:?$");
    private static final Pattern LIST_ITEM = Pattern.compile("^([-*•·▪►]|\\d{1,2}[.)])\\s+");
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?\"”]$");
    private static final Pattern BOILERPLATE_LINE = Pattern.compile(
            "(?i)^(share( this( article| story)?)?|advertisement|sponsored|follow us( on .*)?|sign up .*"
                    + "|subscribe .*|we use cookies.*|accept( all)? cookies.*|copyright .*|©.*|all rights reserved.*)"
                    + "$");
    private static final int HEADLINE_MAX = 160;
    /** Text beyond which an element is no heading over a story list. */
    private static final int HEADING_MAX = 60;
    /** Paragraph text beyond which a block is the story, whatever its name says ("content has-ads"). */
    private static final int STORY_TEXT = 1000;
    private static final int BOILERPLATE_MAX = 120;

    private FurnitureFilter() {
    }

    /** Removes furniture from the tree, in place; the root itself is kept. */
    static void clean(Element root) {
        root.select(NEVER_CONTENT).remove();
        root.select(NON_CONTENT_FAST).stream()
                .filter(element -> element != root && !holdsTheStory(element))
                .forEach(Element::remove);
        for (Element header : root.select(HEADER)) {
            // an article's own header holds its headline and dateline; the page's header is furniture
            if (header != root && (header.parent() == null || header.parent().closest(Selectors.ARTICLE) == null)) {
                header.remove();
            }
        }
        List<Element> furniture = new ArrayList<>();
        for (Element element : root.getAllElements()) {
            if (element != root && !isStructural(element) && isFurnitureName(element) && !holdsTheStory(element)) {
                furniture.add(element);
            }
        }
        furniture.forEach(Element::remove);
        removeStoryLists(root);
    }

    /** Paragraphs without story lists under furniture headings and without short boilerplate lines. */
    static List<String> withoutFurnitureLines(List<String> paragraphs) {
        return withoutFurnitureLines(paragraphs, false);
    }

    /**
     * {@link #withoutFurnitureLines(List)} with each kept paragraph already {@link Paragraphs#normalise normalised}
     * (empty ones included): the body is made of exactly these, and normalising twice costs twice.
     */
    static List<String> normalisedWithoutFurnitureLines(List<String> paragraphs) {
        return withoutFurnitureLines(paragraphs, true);
    }

    private static List<String> withoutFurnitureLines(List<String> paragraphs, boolean normalised) {
        List<String> kept = new ArrayList<>(paragraphs.size());
        boolean inList = false;
        for (String raw : paragraphs) {
            String paragraph = Paragraphs.normalise(raw);
            if (isListHeading(paragraph)) {
                inList = true;
                continue;
            }
            if (inList && looksLikeListEntry(paragraph)) {
                continue;
            }
            inList = false;
            if (paragraph.length() <= BOILERPLATE_MAX && isBoilerplate(paragraph)) {
                continue;
            }
            kept.add(normalised ? paragraph : raw);
        }
        return kept;
    }

    /**
     * {@code LIST_HEADING.matcher(text).matches()}, after a test of the first character: every heading starts
     * with one of "today", "top", "related", "most", "read", "also", "more", "recommended", "you", "trending",
     * "popular", "editor", "latest", "in" or "see" ({@code (?i)} folds ASCII letters only), and most
     * paragraphs start otherwise.
     */
    static boolean isListHeading(String text) {
        return !text.isEmpty() && "trmaypelis".indexOf(asciiLower(text.charAt(0))) >= 0
                && LIST_HEADING.matcher(text).matches();
    }

    /** {@code BOILERPLATE_LINE.matcher(text).matches()}, after the same kind of first-character test. */
    static boolean isBoilerplate(String text) {
        return !text.isEmpty() && "safwc\u00A9".indexOf(asciiLower(text.charAt(0))) >= 0
                && BOILERPLATE_LINE.matcher(text).matches();
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static boolean looksLikeListEntry(String paragraph) {
        return LIST_ITEM.matcher(paragraph).find()
                || (paragraph.length() <= HEADLINE_MAX && !paragraph.startsWith("|")
                && !ENDS_SENTENCE.matcher(paragraph).find());
    }

    private static void removeStoryLists(Element root) {
        for (Element heading : root.select(HEADING_LIKE)) {
            if (heading.parent() == null || VisibleText.exceeds(heading, HEADING_MAX)) {
                continue; // a block holding the story is no heading: known without building all its text
            }
            String text = heading.text();
            if (text.length() > HEADING_MAX || !isListHeading(text.strip())) {
                continue;
            }
            Element next = heading.nextElementSibling();
            while (next != null && isStoryList(next)) {
                Element after = next.nextElementSibling();
                next.remove();
                next = after;
            }
            heading.remove();
        }
    }

    private static boolean isStoryList(Element element) {
        String tag = element.normalName();
        if (tag.equals("ul") || tag.equals("ol") || tag.equals("dl")) {
            return true;
        }
        int text = element.text().length();
        int linkText = element.select(LINK).stream().mapToInt(a -> a.text().length()).sum();
        return text > 0 && linkText * 10 >= text * 8;
    }

    /**
     * Whether removing the element would take the story with it: ASP.NET pages wrap everything in a
     * {@code <form>}, and class names like "layout no-ads" sit on the article's own container.
     */
    private static boolean holdsTheStory(Element element) {
        if (!element.select(STORY_CONTAINER).isEmpty()) {
            return true;
        }
        int paragraphText = 0;
        for (Element paragraph : element.select(Selectors.PARAGRAPH)) {
            paragraphText += paragraph.text().length();
            if (paragraphText > STORY_TEXT) {
                return true;
            }
        }
        return false;
    }

    private static boolean isStructural(Element element) {
        String tag = element.normalName();
        return tag.equals("html") || tag.equals("head") || tag.equals("body") || tag.equals("main")
                || tag.equals("article") || element.hasAttr("itemprop") && element.attr("itemprop").equals("articleBody");
    }

    private static boolean isFurnitureName(Element element) {
        String names = (element.className() + " " + element.id()).strip();
        if (names.isEmpty()) {
            return false;
        }
        String[] words = NAME_WORDS.split(names);
        for (int i = 0; i < words.length; i++) {
            String word = words[i].toLowerCase(Locale.ROOT);
            if (FURNITURE_WORDS.contains(word)) {
                return true;
            }
            if (i + 1 < words.length && FURNITURE_PAIRS.contains(word + " " + words[i + 1].toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
