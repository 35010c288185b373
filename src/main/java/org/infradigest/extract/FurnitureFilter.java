package org.infradigest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.infradigest.text.Lines;

/**
 * Removes page furniture from an article body: a "Today's Top News" or "Related" header and the list of
 * headlines under it, which would otherwise lend their numbers to the article.
 */
public final class FurnitureFilter {

    private final List<String> headers;

    public FurnitureFilter(List<String> headers) {
        this.headers = headers.stream().map(h -> normalise(h)).toList();
    }

    // Compiled once: String.replaceAll and matches compile their expression on every call, here per line.
    private static final Pattern TRAILING_COLON = Pattern.compile("[:\\s]+$");
    private static final Pattern LIST_ITEM = Pattern.compile("^[-•*·▪►]\\s*.*");

    private static String normalise(String s) {
        return TRAILING_COLON.matcher(s.toLowerCase(Locale.ROOT).replace('’', '\'')).replaceAll("").trim();
    }

    public String clean(String body) {
        List<String> kept = new ArrayList<>();
        boolean inFurniture = false;
        for (String line : Lines.withTrailing(body)) {
            String trimmed = line.trim();
            if (trimmed.length() < 60 && headers.contains(normalise(trimmed))) {
                inFurniture = true;
                continue;
            }
            if (inFurniture) {
                // Headlines under a furniture header are list items or short title-like lines without a full stop.
                boolean listItem = LIST_ITEM.matcher(trimmed).matches() || trimmed.isEmpty()
                        || trimmed.length() < 120 && !trimmed.endsWith(".");
                if (listItem) {
                    continue;
                }
                inFurniture = false;
            }
            kept.add(line);
        }
        return String.join("\n", kept);
    }
}
