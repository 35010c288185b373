package org.infradigest.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class BulkWritesTests {

    private final JdbcTemplate jdbc = StoreDatabase.migrated();

    @Test
    void aBulkStepMayDelayItsCommitsAndEveryCommitIsWrittenAtOnceAfterIt() {
        BulkWrites bulkWrites = new BulkWrites(jdbc);

        bulkWrites.begin();
        assertThat(writeDelay()).contains(String.valueOf(BulkWrites.BULK_DELAY_MILLIS));

        bulkWrites.end();
        assertThat(writeDelay()).containsOnly("0");
    }

    /** H2 lists the setting twice: as the database has it and as it was opened. */
    private List<String> writeDelay() {
        return jdbc.queryForList(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'", String.class);
    }
}
