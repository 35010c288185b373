package org.infradigest.extract;

/**
 * The digits of a figure at a digit that no number character comes before: what
 * {@code (\d{1,3}(?:,\d{2})+,\d{3}|\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?} matches there, written out as it runs for every
 * figure. The alternatives are tried in that order: Indian grouping ("4,52,055"), then thousands ("1,000,000"), then
 * a plain run of digits; then a decimal part.
 *
 * @param start      the first digit
 * @param integerEnd where the integer part (the first group) ends
 * @param end        where the figure ends, after its decimal part if any (the second group)
 */
record DigitGroups(int start, int integerEnd, int end) {

    static DigitGroups at(String text, int start) {
        int runEnd = digitsEnd(text, start);
        int integerEnd = runEnd;
        // Only the whole run can lead a grouping (fewer of its digits would be followed by a digit, not a comma),
        // and only a run of three digits or fewer.
        if (runEnd - start <= 3) {
            int grouped = indianGrouping(text, runEnd);
            if (grouped < 0) {
                grouped = thousands(text, runEnd);
            }
            if (grouped >= 0) {
                integerEnd = grouped;
            }
        }
        int end = integerEnd;
        if (end + 1 < text.length() && text.charAt(end) == '.' && RegexChars.isDigit(text.charAt(end + 1))) {
            end = digitsEnd(text, end + 1);
        }
        return new DigitGroups(start, integerEnd, end);
    }

    String integerPart(String text) {
        return text.substring(start, integerEnd);
    }

    /** The decimal part with its point, or null. */
    String fraction(String text) {
        return end > integerEnd ? text.substring(integerEnd, end) : null;
    }

    /**
     * {@code (?:,\d{2})+,\d{3}} after the leading digits, taking the most pairs it can, as the expression
     * backtracks; -1 when it cannot match.
     */
    private static int indianGrouping(String text, int pairsFrom) {
        int pairs = 0;
        while (groupAt(text, pairsFrom + 3 * pairs, 2)) {
            pairs++;
        }
        for (int k = pairs; k >= 1; k--) {
            if (groupAt(text, pairsFrom + 3 * k, 3)) {
                return pairsFrom + 3 * k + 4;
            }
        }
        return -1;
    }

    /** {@code (?:,\d{3})+} after the leading digits, taking every group; -1 when it cannot match. */
    private static int thousands(String text, int groupsFrom) {
        int groups = 0;
        while (groupAt(text, groupsFrom + 4 * groups, 3)) {
            groups++;
        }
        return groups > 0 ? groupsFrom + 4 * groups : -1;
    }

    /** A comma and {@code digits} digits at {@code i} (more digits may follow). */
    private static boolean groupAt(String text, int i, int digits) {
        if (i + digits >= text.length() || text.charAt(i) != ',') {
            return false;
        }
        for (int k = 1; k <= digits; k++) {
            if (!RegexChars.isDigit(text.charAt(i + k))) {
                return false;
            }
        }
        return true;
    }

    private static int digitsEnd(String text, int i) {
        int end = i;
        while (end < text.length() && RegexChars.isDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }
}
