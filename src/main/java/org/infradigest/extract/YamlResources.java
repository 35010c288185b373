package org.infradigest.extract;

import java.util.List;
import java.util.Map;

/** Small typed accessors over the maps SnakeYAML returns, so the lexicon classes stay readable. */
final class YamlResources {

    private YamlResources() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value instanceof List<?> l ? (List<Object>) l : List.of();
    }

    static List<String> strings(Object value) {
        return list(value).stream().map(String::valueOf).toList();
    }

    static String string(Map<String, Object> map, String key) {
        Object v = map.get(key);
        return v == null ? null : String.valueOf(v);
    }
}
