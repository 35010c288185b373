package org.infradigest.news;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * Turns an HTML element into body paragraphs: one per block (paragraph, heading, list item, ...), and one
 * {@code |cell} line per cell of a two-column data table, row by row, which is how the extraction engine pairs
 * a label with its value. A wider table becomes one {@code |cell|cell|cell} line per row, so that a row's
 * label, figure and growth rate stay together. The walk is iterative, so deeply nested hostile markup cannot
 * overflow the stack.
 */
final class HtmlParagraphs {

    // Selectors parsed once (see Selectors)
    private static final Evaluator ROW = QueryParser.parse("tr");
    private static final Evaluator OWN_CELLS = QueryParser.parse("> td, > th");
    private static final Evaluator NESTED_TABLE = QueryParser.parse("table table");
    private static final Evaluator CELLS = QueryParser.parse("td, th");
    private static final Evaluator CAPTION = QueryParser.parse("caption");

    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "div", "dl", "dt",
            "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
            "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");
    /** A cell with more text than this holds page layout, not a figure: such tables are read as blocks. */
    private static final int MAX_CELL_TEXT = 300;

    private HtmlParagraphs() {
    }

    static List<String> of(Element root) {
        Collector collector = new Collector();
        NodeTraversor.traverse(collector, root);
        collector.flush();
        return collector.paragraphs;
    }

    /** Rows of a table as {@code |cell|cell} lines, or empty when the table has at most two columns. */
    private static List<String> gridRows(Element table) {
        List<String> rows = new ArrayList<>();
        int widest = 0;
        for (Element row : table.select(ROW)) {
            List<String> cells = row.select(OWN_CELLS).eachText();
            widest = Math.max(widest, cells.size());
            if (!cells.isEmpty()) {
                rows.add("|" + String.join("|", cells.stream().map(c -> Paragraphs.normalise(c).replace('|', '/'))
                        .toList()));
            }
        }
        return widest > 2 ? rows : List.of();
    }

    private static boolean isDataTable(Element table) {
        if (!table.select(NESTED_TABLE).isEmpty()) {
            return false;
        }
        return table.select(CELLS).stream().allMatch(cell -> cell.text().length() <= MAX_CELL_TEXT);
    }

    private static final class Collector implements NodeVisitor {

        private final List<String> paragraphs = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        /** The data table being read, whose cells become {@code |cell} lines; null outside one. */
        private Element dataTable;
        /** The data table is wider than two columns and was written out row by row. */
        private boolean wholeRows;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                if (dataTable == null || !wholeRows && insideCell(text)) {
                    current.append(text.getWholeText());
                }
                return;
            }
            if (!(node instanceof Element element)) {
                return;
            }
            String tag = element.normalName();
            if (dataTable == null && tag.equals("table") && isDataTable(element)) {
                flush();
                dataTable = element;
                List<String> grid = gridRows(element);
                paragraphs.addAll(grid);
                wholeRows = !grid.isEmpty();
            } else if (wholeRows) {
                return; // the rows are already out
            } else if (dataTable != null && (tag.equals("td") || tag.equals("th"))) {
                flush();
                current.append('|');
            } else if (dataTable == null && BLOCKS.contains(tag)) {
                flush();
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element element)) {
                return;
            }
            if (element == dataTable) {
                flush();
                dataTable = null;
                wholeRows = false;
            } else if (wholeRows) {
                return;
            } else if (dataTable != null && (element.normalName().equals("td") || element.normalName().equals("th"))) {
                flush();
            } else if (dataTable == null && BLOCKS.contains(element.normalName())) {
                flush();
            }
        }

        private boolean insideCell(TextNode text) {
            Element cell = text.parent() instanceof Element parent ? parent.closest(CELLS) : null;
            // a caption inside a data table stays an ordinary paragraph
            return cell != null || (text.parent() instanceof Element parent && parent.closest(CAPTION) != null);
        }

        void flush() {
            String paragraph = Paragraphs.normalise(current.toString());
            current.setLength(0);
            if (paragraph.startsWith("| ")) {
                paragraph = "|" + paragraph.substring(2);
            }
            // an empty cell stays a bare "|" line so that labels and values keep their pairing
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
        }
    }
}
