package org.infradigest.job;

import org.springframework.jdbc.core.JdbcTemplate;

/** Makes the next run read every input file and extract every article again, for an explicit rebuild. */
final class RebuildPreparation {

    /** An engine version no engine has: every article extracted before is extracted again. */
    static final String STALE = "rebuild";

    private final JdbcTemplate jdbc;

    RebuildPreparation(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void forgetWhatWasRead() {
        jdbc.update("DELETE FROM source_file");
        // Not deleted: no mark means never extracted, with no rows to replace (ExtractionStore skips their deletes).
        jdbc.update("UPDATE article_extraction SET extracted_version = ?", STALE);
    }
}
