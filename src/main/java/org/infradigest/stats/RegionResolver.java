package org.infradigest.stats;

import java.util.Optional;

/**
 * Turns a region name or code as written in a table ("China, People's Republic of", "CHN") into the
 * canonical region. The gazetteer lives outside this package; callers pass theirs in.
 */
@FunctionalInterface
public interface RegionResolver {

    /** @return the region, or empty when the name or code is unknown */
    Optional<ResolvedRegion> resolve(String nameOrCode);

    /** A resolver that knows nothing: every name is kept as written. */
    static RegionResolver none() {
        return nameOrCode -> Optional.empty();
    }
}
