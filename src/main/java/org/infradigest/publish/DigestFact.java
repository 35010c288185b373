package org.infradigest.publish;

import org.infradigest.domain.Fact;

/**
 * A fact as published, with whether this run is the first to report it.
 *
 * @param fact  the fact
 * @param isNew true when no earlier run published the same figure
 */
public record DigestFact(Fact fact, boolean isNew) {
}
