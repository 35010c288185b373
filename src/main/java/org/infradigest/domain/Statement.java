package org.infradigest.domain;

/**
 * Who said what, in what role. {@code text} is the quotation or the reported speech as written.
 *
 * @param speaker      person's name as written ("Lu Jianwen")
 * @param role         role as written ("director"), or null
 * @param organisation organisation as written ("Beijing Communications Administration"), or null
 * @param text         what was said
 * @param source       URL or file name of the article
 */
public record Statement(String speaker, String role, String organisation, String text, String source) {
}
