package org.infradigest.publish.excel;

/** Estimates how many lines text takes when wrapped at word boundaries in a column so many characters wide. */
final class WrappedLines {

    private WrappedLines() {
    }

    static int count(String text, int charsPerLine) {
        int width = Math.max(1, charsPerLine);
        if (text.length() <= width && text.indexOf('\n') < 0) {
            return 1; // the common short cell, without splitting it
        }
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += paragraphLines(paragraph, width);
        }
        return Math.max(1, lines);
    }

    private static int paragraphLines(String paragraph, int width) {
        int lines = 1;
        int used = 0;
        for (String word : paragraph.split(" ")) {
            int length = word.length();
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
        }
        return lines;
    }
}
