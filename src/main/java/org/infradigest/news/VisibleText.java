package org.infradigest.news;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Tells that an element's {@link Element#text()} is longer than a limit without building that text, which for
 * the page's outer blocks is the whole article, again for every block. jsoup's text is the text nodes' characters
 * with whitespace runs collapsed, zero-width spaces and soft hyphens dropped and the ends trimmed of characters up
 * to U+0020: every other character of a text node is in it, so their count is a lower bound of its length.
 */
final class VisibleText {

    private VisibleText() {
    }

    /** True only when {@code element.text().length() > limit}; false says nothing. */
    static boolean exceeds(Element element, int limit) {
        Counter counter = new Counter(limit);
        NodeTraversor.filter(counter, element);
        return counter.count > limit;
    }

    /** Whether jsoup's text keeps the character whatever surrounds it. */
    static boolean alwaysKept(char c) {
        // jsoup collapses ' ', \\t, \\n, \\f, \\r and U+00A0, drops U+200B and U+00AD, and trim() takes <= U+0020
        return c > ' ' && c != '\u00A0' && c != '\u200B' && c != '\u00AD';
    }

    private static final class Counter implements NodeFilter {
        private final int limit;
        private int count;

        Counter(int limit) {
            this.limit = limit;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                String whole = text.getWholeText();
                for (int i = 0; i < whole.length(); i++) {
                    if (alwaysKept(whole.charAt(i)) && ++count > limit) {
                        return FilterResult.STOP;
                    }
                }
            }
            return FilterResult.CONTINUE;
        }
    }
}
