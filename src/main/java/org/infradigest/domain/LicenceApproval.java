package org.infradigest.domain;

/**
 * A foreign-licence event: firms approved to run telecom services, in one batch or to date.
 *
 * @param region     canonical region the approval applies to
 * @param firms      number of firms
 * @param cumulative true for a running total ("to date, 10 foreign firms"), false for one batch or announcement
 * @param batch      the batch as written ("second batch"), or null
 * @param service    the licensed services as written ("value-added telecom services"), or null
 * @param namedFirms firms named in the sentence ("Cummins' China branch"), or null
 * @param source     URL or file name
 * @param sentence   the sentence it was read from
 */
public record LicenceApproval(String region, int firms, boolean cumulative, String batch, String service,
                              String namedFirms, String source, String sentence) {
}
