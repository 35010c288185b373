package org.infradigest.domain;

/**
 * Input that could not be used, kept as data so that nothing is dropped silently.
 *
 * @param step     step that rejected it (ingestNews, extractFacts, ...)
 * @param file     input file
 * @param location line, item or sentence within the file, or null for the whole file
 * @param reason   what was wrong, in words a user can act on
 */
public record Reject(String step, String file, String location, String reason) {
}
