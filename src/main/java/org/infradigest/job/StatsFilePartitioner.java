package org.infradigest.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.infradigest.input.InputFile;
import org.infradigest.input.InputScanner;
import org.infradigest.stats.SourceProfileParser;
import org.infradigest.store.RejectStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * ingestStats' partitions: one per statistics table, named after its position in the sorted scan and carrying
 * the file's path and the name users know it by. A partition is self-contained (one file, one transaction,
 * idempotent through the ledger), so partitions can run on local threads now and on other machines later.
 */
class StatsFilePartitioner implements Partitioner {

    static final String PATH = "path";
    static final String NAME = "name";

    private static final Logger log = LoggerFactory.getLogger(StatsFilePartitioner.class);

    private final List<Path> roots;
    private final RejectStore rejectStore;
    private final LocalDate runDate;

    StatsFilePartitioner(List<Path> roots, RejectStore rejectStore, LocalDate runDate) {
        this.roots = List.copyOf(roots);
        this.rejectStore = rejectStore;
        this.runDate = runDate;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        InputScanner.Scan scan = new InputScanner(InputScanner.Kind.STATISTICS).scan(roots);
        rejectStore.record(scan.rejects(), runDate);
        List<InputFile> tables = scan.files().stream()
                .filter(f -> !SourceProfileParser.isCompanionFile(f.path().getFileName().toString()))
                .toList();
        log.info("ingestStats: {} statistics file(s)", tables.size());
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int i = 0; i < tables.size(); i++) {
            ExecutionContext context = new ExecutionContext();
            context.putString(PATH, tables.get(i).path().toString());
            context.putString(NAME, tables.get(i).name());
            partitions.put(String.format("file%05d", i), context);
        }
        return partitions;
    }
}
