package org.infradigest.publish;

/**
 * An operator, or one of its units, as the articles name it.
 *
 * @param operator    canonical operator name
 * @param region      region of the unit, or null
 * @param unit        the unit's own name ("Beijing branch"), or null
 * @param sources     how many distinct sources name it
 * @param firstSource one of them, the first in sort order
 */
public record OperatorUnit(String operator, String region, String unit, long sources, String firstSource) {
}
