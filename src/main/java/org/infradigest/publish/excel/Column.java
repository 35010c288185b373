package org.infradigest.publish.excel;

/** A column of a sheet: its header and what it holds. */
record Column(String header, ColumnKind kind) {

    static Column text(String header) {
        return new Column(header, ColumnKind.TEXT);
    }

    static Column longText(String header) {
        return new Column(header, ColumnKind.LONG_TEXT);
    }

    static Column link(String header) {
        return new Column(header, ColumnKind.LINK);
    }

    static Column number(String header) {
        return new Column(header, ColumnKind.NUMBER);
    }

    static Column date(String header) {
        return new Column(header, ColumnKind.DATE);
    }
}
