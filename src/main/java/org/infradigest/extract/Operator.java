package org.infradigest.extract;

import java.util.List;

/**
 * A telecom operator of the gazetteer.
 *
 * @param name    canonical name ("China Mobile")
 * @param country canonical name of its home country
 * @param aliases names as written in text ("Jio", "CMCC")
 * @param codes   MCC/MNC codes as "MCC/MNC" ("460/00")
 */
public record Operator(String name, String country, List<String> aliases, List<String> codes) {

    public Operator {
        aliases = List.copyOf(aliases);
        codes = List.copyOf(codes);
    }
}
