package org.infradigest.stats;

import java.util.Optional;

/**
 * Turns an operator name as written in a table ("China Unicom Ltd") into its canonical name.
 * Cell exports identify operators by network code instead; see {@link MobileNetworks}.
 */
@FunctionalInterface
public interface OperatorResolver {

    /** @return the canonical name, or empty when unknown (the name is then kept as written) */
    Optional<String> resolve(String nameAsWritten);

    /** A resolver that knows nothing: every operator is kept as written. */
    static OperatorResolver none() {
        return name -> Optional.empty();
    }
}
