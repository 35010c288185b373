package org.infradigest.stats;

import java.util.List;
import java.util.Locale;

/** Finds columns in a header row by name, ignoring case, surrounding spaces and a byte-order mark. */
final class HeaderColumns {

    private final List<String> names;

    HeaderColumns(List<String> header) {
        this.names = header.stream().map(HeaderColumns::clean).toList();
    }

    static String clean(String name) {
        return name == null ? "" : name.replace("\uFEFF", "").trim();
    }

    /** Index of the first column called any of {@code candidates}, or -1. */
    int indexOf(String... candidates) {
        for (String candidate : candidates) {
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).toLowerCase(Locale.ROOT).equals(candidate.toLowerCase(Locale.ROOT))) {
                    return i;
                }
            }
        }
        return -1;
    }

    boolean hasAll(String... candidates) {
        for (String candidate : candidates) {
            if (indexOf(candidate) < 0) {
                return false;
            }
        }
        return true;
    }

    String name(int index) {
        return names.get(index);
    }

    int size() {
        return names.size();
    }

    List<String> names() {
        return names;
    }
}
