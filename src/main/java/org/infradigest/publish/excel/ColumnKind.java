package org.infradigest.publish.excel;

/** What a column holds, which decides its cell style and how wide it may grow. */
enum ColumnKind {
    /** Short text: names, codes, regions. */
    TEXT(8, 40),
    /** Sentences and statements: wrapped, width capped. */
    LONG_TEXT(30, 70),
    /** Text that becomes a hyperlink when it is an http(s) URL. */
    LINK(12, 50),
    /** Numbers with a number format. */
    NUMBER(8, 18),
    /** Dates or date-times with a date format. */
    DATE(11, 18);

    final int minWidth;
    final int maxWidth;

    ColumnKind(int minWidth, int maxWidth) {
        this.minWidth = minWidth;
        this.maxWidth = maxWidth;
    }
}
