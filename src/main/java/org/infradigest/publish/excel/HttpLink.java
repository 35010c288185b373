package org.infradigest.publish.excel;

import java.net.URI;

/**
 * Whether a text is an http(s) URL that {@link URI#create} accepts, answered without parsing the common plain
 * URL: a link column of a million-row sheet spent more time in java.net.URI than in writing its cells.
 */
final class HttpLink {

    /** Characters java.net.URI accepts anywhere in a path, query or fragment (RFC 2396 pchar and reserved). */
    private static final String PLAIN = "-_.!~*'();:@&=+$,/?";

    private HttpLink() {
    }

    static boolean valid(String text) {
        int authority = startsWithAsciiIgnoreCase(text, "http://") ? 7
                : startsWithAsciiIgnoreCase(text, "https://") ? 8 : -1;
        if (authority < 0) {
            return false;
        }
        if (plain(text, authority)) {
            return true;
        }
        try {
            URI.create(text);
            return true;
        } catch (IllegalArgumentException e) {
            // Not a valid URI (spaces, stray characters).
            return false;
        }
    }

    /** Only ASCII letters match in either case: "\u017Fcheme" is no "scheme" (String.regionMatches says it is). */
    private static boolean startsWithAsciiIgnoreCase(String text, String lowerPrefix) {
        if (text.length() < lowerPrefix.length()) {
            return false;
        }
        for (int i = 0; i < lowerPrefix.length(); i++) {
            char c = text.charAt(i);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower != lowerPrefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A URL java.net.URI certainly parses: a non-empty authority of letters, digits, dots, hyphens and colons
     * (a valid registry-based authority even where it is no valid host and port), then only characters legal in
     * a path, a query and a fragment, complete %XX escapes and at most one '#'. Anything else is left to URI.
     */
    private static boolean plain(String text, int start) {
        int n = text.length();
        int i = start;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                break;
            }
            if (!letterOrDigit(c) && c != '.' && c != '-' && c != ':') {
                return false;
            }
        }
        if (i == start) {
            return false;
        }
        boolean fragment = false;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (letterOrDigit(c) || PLAIN.indexOf(c) >= 0) {
                continue;
            }
            if (c == '%' && i + 2 < n && hex(text.charAt(i + 1)) && hex(text.charAt(i + 2))) {
                i += 2;
            } else if (c == '#' && !fragment) {
                fragment = true;
            } else {
                return false;
            }
        }
        return true;
    }

    private static boolean letterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static boolean hex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
