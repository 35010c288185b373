package org.infradigest.stats;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** Remembers look-ups of cell texts for one file, forgetting all once it holds too many. */
final class LookupCache<V> {

    private static final int LIMIT = 10_000;

    private final Map<String, V> values = new HashMap<>();

    V get(String key, Function<String, V> lookup) {
        V value = values.get(key);
        if (value == null) {
            if (values.size() >= LIMIT) {
                values.clear();
            }
            value = lookup.apply(key);
            values.put(key, value);
        }
        return value;
    }
}
