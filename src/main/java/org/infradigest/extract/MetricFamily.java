package org.infradigest.extract;

import java.util.List;

/**
 * One measured thing of the metric lexicon and the cues that bind a number to it; its variants
 * (stock, net added, target) become the metric keys.
 *
 * @param key      base key, also the stock metric's key
 * @param label    label of the stock metric
 * @param unit     unit ("currency" means the number's own currency)
 * @param kind     count, percent or currency
 * @param things   phrases naming the measured thing
 * @param with     groups of alternatives that must all be present around the number
 * @param near     groups that must all be present in the number's own noun phrase
 * @param without  phrases that rule the family out when they are in the number's noun phrase
 * @param share    key of the percent metric a bracketed share after the count measures, or null
 * @param variants variants that exist for this family
 */
public record MetricFamily(String key, String label, String unit, String kind, PhraseMatcher things,
                           List<PhraseMatcher> with, List<PhraseMatcher> near, PhraseMatcher without, String share,
                           List<Variant> variants) {

    /** How a figure relates to time: a level, a flow within a period, or a plan. */
    public enum Variant {
        STOCK(""), NET_ADDED("_net_added"), TARGET("_target"), NET_ADDED_TARGET("_net_added_target");

        private final String suffix;

        Variant(String suffix) {
            this.suffix = suffix;
        }

        public String suffix() {
            return suffix;
        }

        static Variant of(String code) {
            return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT));
        }

        Variant withTarget() {
            return this == NET_ADDED ? NET_ADDED_TARGET : this == STOCK ? TARGET : this;
        }
    }

    public MetricFamily {
        with = List.copyOf(with);
        near = List.copyOf(near);
        variants = List.copyOf(variants);
    }

    public String keyFor(Variant variant) {
        return key + variant.suffix();
    }

    public boolean isPercent() {
        return "percent".equals(kind);
    }

    public boolean isCurrency() {
        return "currency".equals(kind);
    }
}
