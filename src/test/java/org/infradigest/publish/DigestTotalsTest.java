package org.infradigest.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DigestTotalsTest {

    @Test
    void sourcesByFormatAreListedInFormatOrderWhateverOrderTheyCameIn() {
        Map<String, Long> byFormat = new LinkedHashMap<>();
        byFormat.put("text", 3L);
        byFormat.put("statistics", 2L);
        byFormat.put("html", 5L);
        byFormat.put("rss", 1L);

        DigestTotals totals = new DigestTotals(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, byFormat);

        assertThat(totals.sourcesByFormat().keySet()).containsExactly("html", "rss", "statistics", "text");
        assertThat(totals.sources()).isEqualTo(11);
    }
}
