package org.infradigest.job;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.infradigest.store.IdSpans;
import org.infradigest.store.PendingArticles;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * extractFacts' partitions: the articles still to extract, cut into equal spans of storage order. Each span is
 * read, extracted and written by one thread, so while one partition writes its chunk the others extract: both
 * cores stay busy, where one chunk step with concurrent processing left them idle during every write. More spans
 * than threads, so a thread that finishes early takes the next. A partition keeps no position: an article drops
 * out of the pending query once its extraction is committed, so a restarted partition goes on with what is left.
 */
class ExtractionPartitioner implements Partitioner {

    static final String FROM_ROW = "fromRow";
    static final String TO_ROW = "toRow";

    private final JdbcTemplate jdbc;
    private final String engineVersion;

    ExtractionPartitioner(JdbcTemplate jdbc, String engineVersion) {
        this.jdbc = jdbc;
        this.engineVersion = engineVersion;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        long[] rows = PendingArticles.pendingRows(jdbc, engineVersion);
        if (rows == null) {
            return partitions;
        }
        List<long[]> spans = IdSpans.split(rows[0], rows[1], gridSize);
        for (int i = 0; i < spans.size(); i++) {
            ExecutionContext context = new ExecutionContext();
            context.putLong(FROM_ROW, spans.get(i)[0]);
            context.putLong(TO_ROW, spans.get(i)[1]);
            partitions.put(String.format("articles%03d", i), context);
        }
        return partitions;
    }
}
