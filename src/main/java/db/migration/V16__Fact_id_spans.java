package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Facts lose their owner index, fact_owner (stats_file, article_no): every fact had an entry in it, and keeping
 * it up took a third of the statistics step's inserting (a harness: a million rows in 3.9 to 4.0 CPU-seconds with
 * it, 2.6 to 2.9 without). Instead the writers give each fact its id from blocks of the sequence fact_id_block
 * (org.infradigest.store.FactIds) and record whose ids they are in fact_span, a row per article or per batch of a
 * table's rows; replacing an owner's facts deletes ranges of the primary key.
 *
 * <p>The facts already stored get their spans here: a pass in id order cuts a span wherever the owner changes.
 * A span may cover the ids of facts deleted earlier, which are never handed out again (the sequence starts past
 * the highest id).
 */
public class V16__Fact_id_spans extends BaseJavaMigration {

    /** Ids per block, as org.infradigest.store.FactIds has them: the first block must start past every id. */
    private static final long BLOCK = 1_024;
    private static final long PAGE_IDS = 5_000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TABLE fact_span (
                        article_no BIGINT,
                        stats_file VARCHAR(2048),
                        first_id   BIGINT NOT NULL,
                        last_id    BIGINT NOT NULL
                    )""");
            long maxId = spanStoredFacts(connection);
            statement.execute("CREATE INDEX fact_span_owner ON fact_span (article_no, stats_file)");
            statement.execute("DROP INDEX fact_owner");
            statement.execute("ALTER TABLE fact ALTER COLUMN fact_id DROP IDENTITY");
            statement.execute("CREATE SEQUENCE fact_id_block START WITH " + (maxId / BLOCK + 1));
        }
    }

    /** Records the spans of the stored facts; returns the highest fact id (0 when there are none). */
    private static long spanStoredFacts(Connection connection) throws SQLException {
        long minId;
        long maxId;
        try (Statement statement = connection.createStatement();
             ResultSet range = statement.executeQuery("SELECT COALESCE(MIN(fact_id), 1), COALESCE(MAX(fact_id), 0) "
                     + "FROM fact")) {
            range.next();
            minId = range.getLong(1);
            maxId = range.getLong(2);
        }
        try (PreparedStatement page = connection.prepareStatement(
                "SELECT fact_id, article_no, stats_file FROM fact WHERE fact_id BETWEEN ? AND ? ORDER BY fact_id");
             SpanWriter spans = new SpanWriter(connection)) {
            // Pages of ids: H2 copies a large result into the database file before handing out its first row.
            for (long from = minId; from <= maxId; from += PAGE_IDS) {
                page.setLong(1, from);
                page.setLong(2, Math.min(maxId, from + PAGE_IDS - 1));
                try (ResultSet rows = page.executeQuery()) {
                    while (rows.next()) {
                        long articleNo = rows.getLong(2);
                        spans.add(rows.wasNull() ? null : articleNo, rows.getString(3), rows.getLong(1));
                    }
                }
            }
        }
        return maxId;
    }

    /** Spans of consecutive facts of one owner, inserted in batches. */
    private static final class SpanWriter implements AutoCloseable {

        private final PreparedStatement insert;
        private int batched;
        private Long articleNo;
        private String statsFile;
        private long first = -1;
        private long last;

        SpanWriter(Connection connection) throws SQLException {
            insert = connection.prepareStatement(
                    "INSERT INTO fact_span (article_no, stats_file, first_id, last_id) VALUES (?, ?, ?, ?)");
        }

        void add(Long articleNo, String statsFile, long id) throws SQLException {
            if (first >= 0 && Objects.equals(articleNo, this.articleNo) && Objects.equals(statsFile, this.statsFile)) {
                last = id;
                return;
            }
            flush();
            this.articleNo = articleNo;
            this.statsFile = statsFile;
            first = id;
            last = id;
        }

        /** Batches the open span; a fact with no owner (neither article nor table) is left without one. */
        private void flush() throws SQLException {
            if (first < 0 || articleNo == null && statsFile == null) {
                return;
            }
            insert.setObject(1, articleNo);
            insert.setString(2, statsFile);
            insert.setLong(3, first);
            insert.setLong(4, last);
            insert.addBatch();
            if (++batched % 1_000 == 0) {
                insert.executeBatch();
            }
        }

        @Override
        public void close() throws SQLException {
            try (insert) {
                flush();
                insert.executeBatch();
            }
        }
    }
}
