package org.infradigest.publish.excel;

/**
 * Estimates how many lines text takes when wrapped at word boundaries in a column so many characters wide.
 * Runs for every long-text cell of a million-row sheet, so it walks the text in place instead of splitting it.
 */
final class WrappedLines {

    private WrappedLines() {
    }

    static int count(String text, int charsPerLine) {
        int width = Math.max(1, charsPerLine);
        if (text.length() <= width && text.indexOf('\n') < 0) {
            return 1; // the common short cell
        }
        int lines = 0;
        int start = 0;
        while (true) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            lines += paragraphLines(text, start, end, width);
            if (end == text.length()) {
                return Math.max(1, lines);
            }
            start = end + 1;
        }
    }

    /** Lines of the paragraph {@code text[start, end)}: words between single spaces, trailing spaces ignored. */
    private static int paragraphLines(String text, int start, int end, int width) {
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        int lines = 1;
        int used = 0;
        int wordStart = start;
        while (wordStart <= end) {
            int space = text.indexOf(' ', wordStart, end);
            int wordEnd = space < 0 ? end : space;
            int length = wordEnd - wordStart;
            if (used > 0 && used + 1 + length > width) {
                lines++;
                used = 0;
            }
            // A word longer than the line (a URL) breaks over as many lines as it needs.
            while (length > width) {
                lines++;
                length -= width;
            }
            used += (used > 0 ? 1 : 0) + length;
            wordStart = wordEnd + 1;
        }
        return lines;
    }
}
