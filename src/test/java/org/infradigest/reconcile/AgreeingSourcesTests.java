package org.infradigest.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AgreeingSourcesTests {

    @Test
    void countsTheDistinctSourcesWhoseValuesAgreeWithEachValue() {
        // 100 and 101 agree both ways; 103 agrees with 101 (1.98%) but not with 100 (3%); source 0 reports twice.
        BigDecimal[] values = {dec("100"), dec("101"), dec("103"), dec("100.0"), dec("500")};
        int[] sources = {0, 1, 2, 0, 3};

        long[] agreeing = AgreeingSources.count(values, sources, 4, new Tolerance(dec("2")));

        assertThat(agreeing).containsExactly(2, 3, 2, 2, 1);
    }

    @Test
    void answersAsComparingEveryValueWithEveryOtherDoes() {
        Random random = new Random(11);
        String[] tolerances = {"2", "0", "0.5", "10", "99.99", "100", "150", "-1"};
        for (int round = 0; round < 3_000; round++) {
            Tolerance tolerance = new Tolerance(dec(tolerances[random.nextInt(tolerances.length)]));
            int n = 1 + random.nextInt(round % 10 == 0 ? 400 : 40);
            int sourceCount = 1 + random.nextInt(n);
            BigDecimal[] values = new BigDecimal[n];
            int[] sources = new int[n];
            BigDecimal centre = new BigDecimal(random.nextLong(-1_000_000, 1_000_000_000)).movePointLeft(
                    random.nextInt(6));
            for (int i = 0; i < n; i++) {
                values[i] = switch (random.nextInt(6)) {
                    case 0 -> BigDecimal.ZERO.setScale(random.nextInt(3));
                    case 1 -> i > 0 ? values[random.nextInt(i)] : centre; // a value reported again
                    case 2 -> centre.negate();
                    // near the centre, often right at 2% of it
                    default -> centre.multiply(BigDecimal.valueOf(1 + (random.nextDouble() - 0.5) * 0.1))
                            .setScale(random.nextInt(8), RoundingMode.HALF_UP);
                };
                sources[i] = random.nextInt(sourceCount);
            }

            long[] agreeing = AgreeingSources.count(values, sources, sourceCount, tolerance);

            assertThat(agreeing).as("round %d", round).containsExactly(bruteForce(values, sources, tolerance));
        }
    }

    @Test
    void aBusyKeyIsCountedWithoutComparingEveryPair() {
        // 20,000 reports of 5,000 values from 3,000 sources: all pairs would be 10^8 exact comparisons.
        int n = 20_000;
        BigDecimal[] values = new BigDecimal[n];
        int[] sources = new int[n];
        for (int i = 0; i < n; i++) {
            values[i] = BigDecimal.valueOf(100_000 + (i * 7_919L) % 5_000 * 10);
            sources[i] = i % 3_000;
        }
        int[] comparisons = {0};
        Tolerance counting = new Tolerance(dec("2")) {
            @Override
            boolean agrees(BigDecimal record, double recordEstimate, BigDecimal other, double otherEstimate) {
                comparisons[0]++;
                return super.agrees(record, recordEstimate, other, otherEstimate);
            }
        };

        long[] agreeing = AgreeingSources.count(values, sources, 3_000, counting);

        // two binary searches of 13 steps per distinct value, where all pairs took 10^8
        assertThat(comparisons[0]).isLessThan(5_000 * 30);
        Tolerance plain = new Tolerance(dec("2"));
        for (int i : new int[] {0, 1, 4_999, 19_999}) {
            Set<Integer> expected = new HashSet<>();
            for (int j = 0; j < n; j++) {
                if (plain.agrees(values[i], values[j])) {
                    expected.add(sources[j]);
                }
            }
            assertThat(agreeing[i]).isEqualTo(expected.size());
        }
    }

    private static long[] bruteForce(BigDecimal[] values, int[] sources, Tolerance tolerance) {
        long[] out = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            Set<Integer> agreeing = new HashSet<>();
            for (int j = 0; j < values.length; j++) {
                if (tolerance.agrees(values[i], values[j])) {
                    agreeing.add(sources[j]);
                }
            }
            out[i] = agreeing.size();
        }
        return out;
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
