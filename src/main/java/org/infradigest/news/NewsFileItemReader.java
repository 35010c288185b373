package org.infradigest.news;

import org.infradigest.input.InputScanner;

import org.infradigest.input.InputFile;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import org.infradigest.domain.Reject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Hands the ingestNews step one input file at a time. It keeps no restart position on purpose: files read
 * before a crash are in the ledger with their hash, so a restarted step skips them without a stale index
 * into a folder that may have changed meanwhile.
 */
public class NewsFileItemReader implements ItemStreamReader<InputFile> {

    private static final Logger log = LoggerFactory.getLogger(NewsFileItemReader.class);

    private final InputScanner scanner;
    private final List<Path> roots;
    private final Consumer<List<Reject>> rejectSink;
    private Iterator<InputFile> files;
    private int total;
    private int handed;
    private int nextReportPercent;

    /** @param rejectSink receives what the scan could not list (e.g. links leading out of the input) */
    public NewsFileItemReader(InputScanner scanner, List<Path> roots, Consumer<List<Reject>> rejectSink) {
        this.scanner = scanner;
        this.roots = List.copyOf(roots);
        this.rejectSink = rejectSink;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        InputScanner.Scan scan = scanner.scan(roots);
        rejectSink.accept(scan.rejects());
        files = scan.files().iterator();
        total = scan.files().size();
        handed = 0;
        nextReportPercent = 10;
        log.info("ingestNews: {} news file(s) under {}", total, roots);
    }

    @Override
    public InputFile read() {
        if (files == null || !files.hasNext()) {
            return null;
        }
        handed++;
        int percent = (int) (100L * handed / total);
        if (total >= 50 && percent >= nextReportPercent) {
            log.info("ingestNews: {}% of files ({} of {})", percent, handed, total);
            nextReportPercent = (percent / 10 + 1) * 10;
        }
        return files.next();
    }
}
