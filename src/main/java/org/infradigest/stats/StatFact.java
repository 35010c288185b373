package org.infradigest.stats;

import org.infradigest.domain.Fact;

/**
 * A fact read from a statistics table, with what the table said about its region that facts.csv
 * cannot carry: whether the region is an aggregate ("World", "Upper middle income") rather than a
 * country, and whether the region resolver knew the name at all.
 *
 * @param fact          the fact, origin statistics, its sentence the table row it came from
 * @param aggregate     true for groups of countries, so digests never add or rank them with countries
 * @param regionKnown   false when the resolver did not know the name and it was kept as written
 */
public record StatFact(Fact fact, boolean aggregate, boolean regionKnown) {
}
