package org.infradigest.publish.pdf;

/** Shortens text for the one-page digest, cutting at a word and ending with an ellipsis. */
final class Ellipsis {

    private Ellipsis() {
    }

    static String shorten(String text, int max) {
        if (text == null) {
            return "";
        }
        String clean = text.strip().replaceAll("\\s+", " ");
        if (clean.length() <= max) {
            return clean;
        }
        int cut = clean.lastIndexOf(' ', max - 1);
        // A word longer than a third of the room (a URL, a long name) is cut mid-word rather than dropped.
        String head = cut > max * 2 / 3 ? clean.substring(0, cut) : clean.substring(0, max - 1);
        return head.replaceAll("[\\s,;:.\\-]+$", "") + "\u2026";
    }
}
