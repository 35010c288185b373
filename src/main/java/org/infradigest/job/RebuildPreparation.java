package org.infradigest.job;

import org.springframework.jdbc.core.JdbcTemplate;

/** Makes the next run read every input file and extract every article again, for an explicit rebuild. */
final class RebuildPreparation {

    private final JdbcTemplate jdbc;

    RebuildPreparation(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void forgetWhatWasRead() {
        jdbc.update("DELETE FROM source_file");
        jdbc.update("UPDATE article SET extracted_version = NULL");
    }
}
