package org.infradigest.news;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.infradigest.input.InputFile;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Hands the ingestNews step its files already being parsed, in the order the files come: a pool of threads
 * parses the next files while the step's thread writes the chunk before them. Parsing a chunk's files on all
 * cores and then writing them left the parsing threads idle during every write.
 *
 * <p>What is parsed ahead is bounded by a number of files and by their bytes on disk (a single file over the
 * byte bound is still parsed, alone). Nothing of it is a restart position: a file counts as read once the
 * chunk holding it is written, so after a crash the files parsed ahead are simply parsed again.
 *
 * <p>Not final: the job's step-scoped bean of it is a class proxy.
 */
public class NewsFileReadAhead implements ItemStreamReader<NewsFileReadAhead.Parsing> {

    /** A file handed to the step, and its parse, done or under way. */
    public record Parsing(InputFile file, Future<IngestedFile> result) {

        /**
         * Waits for the parse: its result (null when the file needs no reading), or the exception it threw.
         */
        public IngestedFile await() {
            try {
                return result.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException("reading " + file.name() + " failed", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while " + file.name() + " was read", e);
            } catch (CancellationException e) {
                throw new IllegalStateException("reading " + file.name() + " was cancelled", e);
            }
        }
    }

    private record Ahead(Parsing parsing, long bytes) {
    }

    private final ItemStreamReader<InputFile> files;
    private final Function<InputFile, IngestedFile> parse;
    private final int threads;
    private final String threadPrefix;
    private final int maxFiles;
    private final long maxBytes;
    private final Deque<Ahead> ahead = new ArrayDeque<>();
    private ExecutorService pool;
    private long bytesAhead;
    private boolean exhausted;

    /**
     * @param files        the files, in the order the step is to have them
     * @param parse        reads one file (on a pool thread); must not need the step's transaction
     * @param threads      parsing threads
     * @param threadPrefix their names' start, then a number
     * @param maxFiles     files handed to the pool and not yet to the step, at most
     * @param maxBytes     their size on disk, at most (unless a single file is larger)
     */
    public NewsFileReadAhead(ItemStreamReader<InputFile> files, Function<InputFile, IngestedFile> parse, int threads,
                             String threadPrefix, int maxFiles, long maxBytes) {
        if (threads < 1 || maxFiles < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("threads, maxFiles and maxBytes must be positive");
        }
        this.files = files;
        this.parse = parse;
        this.threads = threads;
        this.threadPrefix = threadPrefix;
        this.maxFiles = maxFiles;
        this.maxBytes = maxBytes;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        files.open(executionContext);
        pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name(threadPrefix, 1).daemon().factory());
        exhausted = false;
    }

    @Override
    public Parsing read() throws Exception {
        fill();
        Ahead next = ahead.poll();
        if (next == null) {
            return null;
        }
        bytesAhead -= next.bytes();
        fill(); // the pool starts on the file that takes this one's place while the step goes on
        return next.parsing();
    }

    /** Hands the pool further files until either bound is reached or the files run out. */
    private void fill() throws Exception {
        while (!exhausted && ahead.size() < maxFiles && (ahead.isEmpty() || bytesAhead < maxBytes)) {
            InputFile file = files.read();
            if (file == null) {
                exhausted = true;
                return;
            }
            long bytes = sizeOnDisk(file);
            ahead.add(new Ahead(new Parsing(file, pool.submit(() -> parse.apply(file))), bytes));
            bytesAhead += bytes;
        }
    }

    private static long sizeOnDisk(InputFile file) {
        try {
            return Files.size(file.path());
        } catch (IOException e) {
            return 0; // the parse says what is wrong with it
        }
    }

    @Override
    public void update(ExecutionContext executionContext) {
        files.update(executionContext);
    }

    /**
     * Drops what was parsed ahead (a stopped or failed step writes none of it) and stops the threads. A parse
     * under way is let finish rather than interrupted: an interrupt closes the file channel a thread is
     * reading, and the parse may be reading the database (whether a file is new).
     */
    @Override
    public void close() {
        ahead.forEach(a -> a.parsing().result().cancel(false));
        ahead.clear();
        bytesAhead = 0;
        if (pool != null) {
            pool.shutdown();
            try {
                if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    throw new IllegalStateException("news parsing threads still busy a minute after the step ended");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                pool = null;
            }
        }
        files.close();
    }
}
