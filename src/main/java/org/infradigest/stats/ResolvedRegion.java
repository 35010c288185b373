package org.infradigest.stats;

/**
 * A region as the gazetteer knows it.
 *
 * @param name      canonical English name, e.g. {@code China}
 * @param aggregate true for a group of countries (World, income groups, Euro area, ...)
 */
public record ResolvedRegion(String name, boolean aggregate) {
}
