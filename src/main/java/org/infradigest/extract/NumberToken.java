package org.infradigest.extract;

import java.math.BigDecimal;

/**
 * A figure found in a sentence.
 *
 * @param start    offset of its first character (currency sign included)
 * @param end      offset after its last character (scale, percent sign and currency word included)
 * @param value    value with its scale applied (4.25 million is 4250000)
 * @param percent  true for "36.3 percent", "96 per cent", "47%"
 * @param currency ISO currency code ("CNY", "USD") or null
 * @param unit     unit written against the number that names the measured thing ("EFLOPS"), or null
 */
public record NumberToken(int start, int end, BigDecimal value, boolean percent, String currency, String unit) {
}
