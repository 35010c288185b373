package org.infradigest.domain;

/**
 * An operator, or one of its regional units, named in an article ("China Mobile's Beijing branch").
 *
 * @param operator canonical operator name ("China Mobile")
 * @param region   canonical region of the unit, or null for the group as a whole
 * @param unit     the unit as written ("Beijing branch"), or null
 * @param source   URL or file name
 */
public record OperatorMention(String operator, String region, String unit, String source) {
}
