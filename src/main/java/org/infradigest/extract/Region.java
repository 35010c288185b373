package org.infradigest.extract;

import java.util.List;

/**
 * A region of the gazetteer.
 *
 * @param name       canonical English name ("Beijing", "United Kingdom")
 * @param kind       country, province, state, city or aggregate
 * @param parent     canonical name of the enclosing region, or null
 * @param codes      ISO-style codes ("CHN", "CN")
 * @param aliases    other names as written in text ("UK", "北京")
 * @param adjectives adjective forms ("British", "Chinese")
 */
public record Region(String name, String kind, String parent, List<String> codes, List<String> aliases,
                     List<String> adjectives) {

    public Region {
        codes = List.copyOf(codes);
        aliases = List.copyOf(aliases);
        adjectives = List.copyOf(adjectives);
    }

    public boolean isCountry() {
        return "country".equals(kind);
    }
}
