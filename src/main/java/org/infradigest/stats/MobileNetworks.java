package org.infradigest.stats;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Who a mobile network code belongs to: MCC to country and MCC/MNC to operator, from
 * {@code lexicon/mobile_networks.yml}. Codes are compared as numbers, so {@code 404/02} and
 * {@code 404/2} are the same network.
 */
public final class MobileNetworks {

    /** Where the bundled table lives on the class path. */
    public static final String RESOURCE = "lexicon/mobile_networks.yml";

    private final Map<Integer, String> countries;
    private final Map<Long, String> operators;

    private MobileNetworks(Map<Integer, String> countries, Map<Long, String> operators) {
        this.countries = Map.copyOf(countries);
        this.operators = Map.copyOf(operators);
    }

    /** The table bundled with the application. */
    public static MobileNetworks bundled() {
        return BundledResource.read(RESOURCE, MobileNetworks::parse);
    }

    /** Reads a table in the layout of {@code lexicon/mobile_networks.yml}. */
    @SuppressWarnings("unchecked")
    public static MobileNetworks parse(InputStream yaml) {
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        Map<Integer, String> countries = new HashMap<>();
        ((Map<Object, Object>) root.getOrDefault("countries", Map.of()))
                .forEach((mcc, name) -> countries.put(Integer.parseInt(String.valueOf(mcc).trim()), String.valueOf(name)));
        Map<Long, String> operators = new HashMap<>();
        ((Map<Object, Object>) root.getOrDefault("operators", Map.of())).forEach((name, networks) -> {
            for (Object network : (List<Object>) networks) {
                addNetworks(operators, String.valueOf(name), String.valueOf(network));
            }
        });
        return new MobileNetworks(countries, operators);
    }

    /** The country of a mobile country code, e.g. 460 to China. */
    public Optional<String> country(int mcc) {
        return Optional.ofNullable(countries.get(mcc));
    }

    /** The operator of a network, e.g. 460/1 to China Unicom; empty when the table does not list it. */
    public Optional<String> operator(int mcc, int mnc) {
        return Optional.ofNullable(operators.get(key(mcc, mnc)));
    }

    // "405/854-874" lists a range of network codes owned by one operator.
    private static void addNetworks(Map<Long, String> operators, String name, String network) {
        String[] parts = network.trim().split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("network '" + network + "' of " + name + " is not MCC/MNC");
        }
        int mcc = Integer.parseInt(parts[0].trim());
        String[] range = parts[1].split("-");
        int from = Integer.parseInt(range[0].trim());
        int to = range.length > 1 ? Integer.parseInt(range[1].trim()) : from;
        for (int mnc = from; mnc <= to; mnc++) {
            operators.put(key(mcc, mnc), name);
        }
    }

    private static long key(int mcc, int mnc) {
        return (long) mcc * 100_000L + mnc;
    }
}
