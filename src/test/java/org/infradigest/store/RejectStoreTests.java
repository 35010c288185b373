package org.infradigest.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.infradigest.domain.Reject;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class RejectStoreTests {

    private final JdbcTemplate jdbc = StoreDatabase.migrated();
    private final RejectStore store = new RejectStore(jdbc);

    @Test
    void theSameProblemSeenOnTwoNightsIsOneRow() {
        Reject reject = new Reject("ingestNews", "input/bad.jsonl", "line 3", "not valid JSON");

        store.record(List.of(reject), LocalDate.of(2025, 5, 20));
        store.record(List.of(reject), LocalDate.of(2025, 5, 21));

        assertThat(jdbc.queryForList("SELECT first_run, last_run FROM reject")).singleElement()
                .satisfies(row -> {
                    assertThat(row.get("FIRST_RUN").toString()).isEqualTo("2025-05-20");
                    assertThat(row.get("LAST_RUN").toString()).isEqualTo("2025-05-21");
                });
    }

    @Test
    void aWholeFileRejectHasAnEmptyLocationAndAKeptReason() {
        store.record(List.of(new Reject("ingestNews", "input/blob.bin", null, "binary content, not text")),
                LocalDate.of(2025, 5, 20));

        assertThat(jdbc.queryForMap("SELECT location, reason FROM reject"))
                .containsEntry("LOCATION", "").containsEntry("REASON", "binary content, not text");
    }

    @Test
    void aLocationWiderThanItsColumnIsShortenedNotAFailedInsert() {
        store.record(List.of(new Reject("extractFacts", "input/a.txt", "sentence '" + "x".repeat(900) + "'",
                "figure has no region")), LocalDate.of(2025, 5, 20));

        assertThat(jdbc.queryForObject("SELECT location FROM reject", String.class)).hasSize(500).endsWith("\u2026");
    }
}
