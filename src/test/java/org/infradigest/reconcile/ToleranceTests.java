package org.infradigest.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ToleranceTests {

    private static final BigDecimal TWO = new BigDecimal("2");

    private final Tolerance tolerance = new Tolerance(TWO);

    @Test
    void valuesRightAtTheEdgeAreDecidedByTheExactRoundedDifference() {
        // 2.00004% rounds to 2.0000 (agrees), 2.00005% rounds to 2.0001 (does not)
        assertThat(tolerance.agrees(new BigDecimal("100000"), new BigDecimal("102000.04"))).isTrue();
        assertThat(tolerance.agrees(new BigDecimal("100000"), new BigDecimal("102000.05"))).isFalse();
        assertThat(tolerance.agrees(new BigDecimal("100000"), new BigDecimal("97999.96"))).isTrue();
        assertThat(tolerance.agrees(new BigDecimal("0"), new BigDecimal("0"))).isTrue();
        assertThat(tolerance.agrees(new BigDecimal("0"), new BigDecimal("0.0001"))).isFalse();
        assertThat(tolerance.agrees(new BigDecimal("-50"), new BigDecimal("-51"))).isTrue();
    }

    @Test
    void agreesExactlyWhenTheDecimalDifferenceIsWithinTheTolerance() {
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            BigDecimal record = new BigDecimal(random.nextLong(1, 1_000_000_000_000L)).movePointLeft(random.nextInt(11));
            // around the edge most of the time, anywhere otherwise
            double factor = random.nextInt(4) == 0 ? random.nextDouble() * 3
                    : 1 + (random.nextBoolean() ? 1 : -1) * (0.02 + (random.nextDouble() - 0.5) * 1e-6);
            BigDecimal other = record.multiply(BigDecimal.valueOf(factor)).setScale(random.nextInt(11),
                    java.math.RoundingMode.HALF_UP);
            boolean exact = FigureReconciler.differencePercent(record, other).compareTo(TWO) <= 0;
            assertThat(tolerance.agrees(record, other)).as("%s vs %s", record, other).isEqualTo(exact);
        }
    }
}
