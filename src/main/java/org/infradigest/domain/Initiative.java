package org.infradigest.domain;

/**
 * What an operator pledged or is doing ("upgrading computing-network infrastructure").
 *
 * @param operator canonical operator name
 * @param region   canonical region of the operator's unit, or null
 * @param action   the pledge or action, as a short clause from the sentence
 * @param source   URL or file name
 * @param sentence the sentence it was read from
 */
public record Initiative(String operator, String region, String action, String source, String sentence) {
}
