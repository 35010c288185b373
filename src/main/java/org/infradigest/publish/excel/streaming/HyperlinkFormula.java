package org.infradigest.publish.excel.streaming;

/** The formula of a link cell, {@code HYPERLINK("url")}: it streams, where a cell hyperlink object stays in memory. */
public final class HyperlinkFormula {

    /** The formula's text before the URL. */
    static final String START = "HYPERLINK(\"";
    /** The formula's text after the URL. */
    static final String END = "\")";

    private HyperlinkFormula() {
    }

    /** The formula for the URL, any quote in it doubled. */
    public static String of(String url) {
        return START + quoted(url) + END;
    }

    /** The URL as the formula holds it: any quote doubled. */
    static String quoted(String url) {
        return url.indexOf('"') < 0 ? url : url.replace("\"", "\"\"");
    }
}
