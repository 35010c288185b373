package org.infradigest.publish.pdf;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChartScaleTest {

    @Test
    void roundsTheRangeOutToStepsOfOneTwoOrFive() {
        ChartScale scale = ChartScale.of(6_200, 21_600, true, 6, false);

        assertThat(scale.ticks()).containsExactly(0.0, 5_000.0, 10_000.0, 15_000.0, 20_000.0, 25_000.0);
        assertThat(scale.ticks()).extracting(scale::label)
                .containsExactly("0", "5,000", "10,000", "15,000", "20,000", "25,000");
    }

    @Test
    void niceStepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(List.of(0.7, 1.0, 1.3, 3.0, 7.0, 0.031, 4_200.0)).extracting(ChartScale::nice)
                .containsExactly(1.0, 1.0, 2.0, 5.0, 10.0, 0.05, 5_000.0);
    }

    @Test
    void labelsMillionsAndThousandMillionsShort() {
        assertThat(ChartScale.of(2_300_000, 4_750_000, true, 6, false).ticks())
                .extracting(t -> ChartScale.of(2_300_000, 4_750_000, true, 6, false).label(t))
                .containsExactly("0", "1M", "2M", "3M", "4M", "5M");
        ChartScale billions = ChartScale.of(0, 37_560_000_000d, true, 5, false);
        assertThat(billions.label(billions.max())).isEqualTo("40B");
        ChartScale halves = ChartScale.of(0, 2_400_000, true, 6, false);
        assertThat(halves.label(1_500_000)).isEqualTo("1.5M");
    }

    @Test
    void labelsPercentPointsWithAsManyDecimalsAsTheStepNeeds() {
        ChartScale share = ChartScale.of(30, 61.3, true, 5, true);
        assertThat(share.ticks()).extracting(share::label).containsExactly("0%", "20%", "40%", "60%", "80%");
        ChartScale small = ChartScale.of(0.012, 0.031, true, 5, true);
        assertThat(small.label(small.step())).isEqualTo("0.01%");
    }

    @Test
    void spansNegativeValuesAndZero() {
        ChartScale scale = ChartScale.of(-2_600, 2_500, true, 5, false);

        assertThat(scale.min()).isLessThanOrEqualTo(-2_600);
        assertThat(scale.max()).isGreaterThanOrEqualTo(2_500);
        assertThat(scale.ticks()).contains(0.0);
        assertThat(scale.label(-2_000)).isEqualTo("-2,000");
    }

    @Test
    void givesAllEqualOrZeroValuesARange() {
        ChartScale zero = ChartScale.of(0, 0, false, 5, false);
        assertThat(zero.ticks()).extracting(zero::label).containsExactly("0", "1");
        ChartScale flat = ChartScale.of(5, 5, false, 5, false);
        assertThat(flat.min()).isZero();
        assertThat(flat.max()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void leavesRoomBelowTheLowestPointWhenTheAxisDoesNotStartAtZero() {
        ChartScale scale = ChartScale.of(10, 18, false, 5, false);

        assertThat(scale.min()).isLessThan(10).isPositive();
    }
}
