package org.infradigest.reconcile;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class FigureHistoryTests {

    private static final LocalDate JUNE_1 = LocalDate.of(2025, 6, 1);
    private static final LocalDate JUNE_2 = LocalDate.of(2025, 6, 2);
    private static final LocalDate JUNE_3 = LocalDate.of(2025, 6, 3);

    @Test
    void anUnchangedValueKeepsItsHistory() {
        FigureHistory first = FigureHistory.firstSeen(JUNE_1);

        assertThat(first.next(JUNE_2, new BigDecimal("55000"), new BigDecimal("55000.000"), JUNE_1)).isEqualTo(first);
    }

    @Test
    void aChangedValueRemembersTheValueAndTheRunBefore() {
        FigureHistory changed = FigureHistory.firstSeen(JUNE_1)
                .next(JUNE_3, new BigDecimal("55000"), new BigDecimal("52000"), JUNE_2);

        assertThat(changed).isEqualTo(new FigureHistory(JUNE_1, JUNE_3, new BigDecimal("55000"), JUNE_2));
    }

    @Test
    void aRerunOfTheChangingDateComparesWithTheValueBeforeThatDate() {
        // given June 3 changed 55,000 to 52,000
        FigureHistory changed = new FigureHistory(JUNE_1, JUNE_3, new BigDecimal("55000"), JUNE_2);

        // then a re-run of June 3 that finds 53,000 still says "was 55,000"
        assertThat(changed.next(JUNE_3, new BigDecimal("52000"), new BigDecimal("53000"), JUNE_2)).isEqualTo(changed);
        // and one that finds 55,000 again says it did not change
        assertThat(changed.next(JUNE_3, new BigDecimal("52000"), new BigDecimal("55000"), JUNE_2).changedRun())
                .isNull();
    }

    @Test
    void aFigureFirstSeenInThisRunStaysNewWhenARerunChangesIt() {
        FigureHistory first = FigureHistory.firstSeen(JUNE_3);

        assertThat(first.next(JUNE_3, new BigDecimal("1"), new BigDecimal("2"), JUNE_2)).isEqualTo(first);
    }
}
