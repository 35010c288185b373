package org.infradigest.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class IdSpansTest {

    @Test
    void equalSharesCoverTheRangeOnceAndNeverOutnumberItsIds() {
        assertThat(IdSpans.split(1, 10, 3)).containsExactly(new long[] {1, 3}, new long[] {4, 6}, new long[] {7, 10});
        assertThat(IdSpans.split(5, 6, 8)).containsExactly(new long[] {5, 5}, new long[] {6, 6});
        assertThat(IdSpans.split(7, 7, 2)).containsExactly(new long[] {7, 7});
    }

    @Test
    void pagesHoldAtMostAPageOfIdsEach() {
        List<long[]> pages = IdSpans.pages(3, 2 * IdSpans.PAGE_IDS + 3);
        assertThat(pages).containsExactly(new long[] {3, IdSpans.PAGE_IDS + 2},
                new long[] {IdSpans.PAGE_IDS + 3, 2 * IdSpans.PAGE_IDS + 2},
                new long[] {2 * IdSpans.PAGE_IDS + 3, 2 * IdSpans.PAGE_IDS + 3});
        assertThat(IdSpans.pages(4, 3)).isEmpty();
    }
}
