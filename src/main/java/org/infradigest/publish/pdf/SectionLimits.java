package org.infradigest.publish.pdf;

import java.util.List;

/**
 * How much of each section the digest shows. The writer starts with the roomiest limits and tightens
 * them until the digest fits on three pages, whatever the input size.
 *
 * @param keyFigures  rows of the key figures table
 * @param initiatives operator initiatives listed
 * @param statements  statements quoted
 * @param charts      whether the charts row is drawn
 * @param changes     figures listed under "what changed"
 * @param conflicts   conflicts listed
 * @param licences    licence events listed
 * @param sources     sources listed before "and N more"
 * @param quoteChars  longest quotation or action before it is shortened
 * @param cellChars   longest table cell or name before it is shortened
 */
record SectionLimits(int keyFigures, boolean charts, int initiatives, int statements, int changes, int conflicts, int licences,
                     int sources, int quoteChars, int cellChars) {

    /** From roomy to terse; the last is small enough for three pages with any text. */
    static List<SectionLimits> roomyToTerse() {
        return List.of(
                new SectionLimits(12, true, 8, 5, 6, 5, 5, 8, 300, 60),
                new SectionLimits(10, true, 6, 4, 5, 4, 4, 6, 220, 48),
                new SectionLimits(8, true, 4, 3, 4, 3, 3, 4, 160, 40),
                new SectionLimits(6, false, 3, 2, 3, 2, 2, 3, 110, 32));
    }
}
