package org.infradigest.publish.excel.streaming;

import java.nio.charset.StandardCharsets;

/**
 * A worksheet part as XSSF writes it for a streamed sheet, cut where the streamed rows go: the XML before them
 * (sheet properties, dimension, views, column widths, then {@code <sheetData>}) and after them
 * ({@code </sheetData>}, autofilter, page setup). Cut exactly as SXSSF's own {@code copyStreamAndInjectWorksheet}
 * cuts it, so the part comes out the same.
 */
record SheetTemplate(byte[] before, byte[] after) {

    private static final String OPEN = "<sheetData";
    private static final String CLOSE = "</sheetData>";

    static SheetTemplate of(byte[] part) {
        String xml = new String(part, StandardCharsets.UTF_8);
        int open = xml.indexOf(OPEN);
        if (open < 0) {
            // SXSSF appends the rows at the very end then.
            return of(xml + "<sheetData>\n", CLOSE);
        }
        int afterName = open + OPEN.length();
        if (xml.startsWith("/>", afterName)) {
            // An empty element, as XSSF writes for a sheet whose rows are all streamed: SXSSF opens it on a line.
            return of(xml.substring(0, open) + "<sheetData>\n", CLOSE + xml.substring(afterName + 2));
        }
        if (xml.startsWith(">", afterName)) {
            // Rows already in the template stay in front of the streamed ones.
            int close = xml.indexOf(CLOSE, afterName);
            return close < 0 ? of(xml, CLOSE) : of(xml.substring(0, close), xml.substring(close));
        }
        throw new IllegalStateException("unexpected sheetData element in a worksheet part: "
                + xml.substring(open, Math.min(xml.length(), open + 40)));
    }

    private static SheetTemplate of(String before, String after) {
        return new SheetTemplate(before.getBytes(StandardCharsets.UTF_8), after.getBytes(StandardCharsets.UTF_8));
    }
}
