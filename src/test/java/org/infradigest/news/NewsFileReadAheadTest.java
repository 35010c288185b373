package org.infradigest.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.infradigest.input.InputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

class NewsFileReadAheadTest {

    @TempDir
    Path folder;

    @Test
    void filesComeInTheirOrderParsedOnThePoolsThreads() throws Exception {
        // given: 50 files whose parses finish in an order of their own
        List<InputFile> files = files(50, 10);
        Set<String> parsingThreads = ConcurrentHashMap.newKeySet();
        Function<InputFile, IngestedFile> parse = file -> {
            parsingThreads.add(Thread.currentThread().getName());
            sleepMillis(file.name().hashCode() & 3);
            return ingested(file);
        };
        NewsFileReadAhead reader = new NewsFileReadAhead(listOf(files), parse, 3, "parse-", 7, 1 << 20);

        // when
        List<String> handed = new ArrayList<>();
        reader.open(new ExecutionContext());
        for (NewsFileReadAhead.Parsing p; (p = reader.read()) != null; ) {
            handed.add(p.await().file().name());
        }
        reader.close();

        // then
        assertThat(handed).containsExactlyElementsOf(files.stream().map(InputFile::name).toList());
        assertThat(parsingThreads).isNotEmpty().allMatch(name -> name.matches("parse-[123]"));
    }

    @Test
    void noMoreFilesAreParsedAheadThanItsFileBound() throws Exception {
        // given: parses that never end until released
        List<InputFile> files = files(30, 10);
        AtomicInteger started = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        NewsFileReadAhead reader = new NewsFileReadAhead(listOf(files), blockedUntil(release, started), 8, "parse-",
                5, 1 << 20);
        reader.open(new ExecutionContext());

        // when: the step takes two files and the pool starts whatever it was given
        reader.read();
        reader.read();
        awaitAtLeast(started, 7);

        // then: the two handed over and the five ahead of them, no more
        sleepMillis(100);
        assertThat(started.get()).isEqualTo(7);
        release.countDown();
        reader.close();
    }

    @Test
    void noMoreBytesAreParsedAheadThanItsByteBoundButAlwaysOneFile() throws Exception {
        // given: files of 400 bytes, a byte bound of 1,000 and one of 100 (below a single file)
        List<InputFile> files = files(20, 400);
        AtomicInteger started = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        NewsFileReadAhead reader = new NewsFileReadAhead(listOf(files), blockedUntil(release, started), 8, "parse-",
                10, 1_000);
        reader.open(new ExecutionContext());

        // when
        reader.read();
        awaitAtLeast(started, 4);

        // then: one handed over, and files after it until their bytes reached the bound (400, 800, 1,200)
        sleepMillis(100);
        assertThat(started.get()).isEqualTo(4);
        release.countDown();
        reader.close();

        AtomicInteger startedSmall = new AtomicInteger();
        NewsFileReadAhead tight = new NewsFileReadAhead(listOf(files), file -> {
            startedSmall.incrementAndGet();
            return ingested(file);
        }, 2, "parse-", 10, 100);
        tight.open(new ExecutionContext());
        int handed = 0;
        while (tight.read() != null) {
            handed++;
        }
        tight.close();
        assertThat(handed).isEqualTo(20);
        assertThat(startedSmall.get()).isEqualTo(20);
    }

    @Test
    void aFailedParseFailsWhereTheStepWaitsForItWithItsOwnException() throws Exception {
        // given
        List<InputFile> files = files(3, 10);
        NewsFileReadAhead reader = new NewsFileReadAhead(listOf(files), file -> {
            if (file.name().endsWith("1.txt")) {
                throw new IllegalStateException("database gone");
            }
            return ingested(file);
        }, 2, "parse-", 5, 1 << 20);
        reader.open(new ExecutionContext());

        // when / then
        assertThat(reader.read().await().file().name()).endsWith("0.txt");
        NewsFileReadAhead.Parsing failed = reader.read();
        assertThatThrownBy(failed::await).isInstanceOf(IllegalStateException.class).hasMessage("database gone");
        reader.close();
    }

    @Test
    void anUnchangedFileIsHandedOverAsNoResult() throws Exception {
        // given: the parse says the file needs no reading (the ledger has its bytes)
        NewsFileReadAhead reader = new NewsFileReadAhead(listOf(files(1, 10)), file -> null, 1, "parse-", 5, 100);
        reader.open(new ExecutionContext());

        // when / then
        assertThat(reader.read().await()).isNull();
        assertThat(reader.read()).isNull();
        reader.close();
    }

    @Test
    void closingDropsWhatWasParsedAheadAndStopsTheThreads() throws Exception {
        // given: one parse under way and others waiting for a thread
        List<InputFile> files = files(10, 10);
        AtomicInteger started = new AtomicInteger();
        CountDownLatch running = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        NewsFileReadAhead reader = new NewsFileReadAhead(listOf(files), file -> {
            started.incrementAndGet();
            running.countDown();
            sleepMillis(300);
            interrupted.set(Thread.currentThread().isInterrupted());
            return ingested(file);
        }, 1, "closing-", 5, 1 << 20);
        reader.open(new ExecutionContext());
        NewsFileReadAhead.Parsing first = reader.read();
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();

        // when: the step stops (SIGTERM at a chunk boundary) or fails
        reader.close();

        // then: the parse under way was let finish, not interrupted (it may be reading the database), none of the
        // waiting ones started, and no thread is left
        assertThat(first.await().file().name()).endsWith("0.txt");
        assertThat(interrupted).isFalse();
        assertThat(started.get()).isEqualTo(1);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5); // a finished worker takes a moment to die
        while (threadsNamed("closing-") > 0 && System.nanoTime() < deadline) {
            sleepMillis(10);
        }
        assertThat(threadsNamed("closing-")).isZero();
    }

    private static long threadsNamed(String prefix) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith(prefix)).count();
    }

    private List<InputFile> files(int count, int bytes) throws Exception {
        List<InputFile> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path file = Files.writeString(folder.resolve("article-" + i + ".txt"), "x".repeat(bytes));
            files.add(new InputFile(file, "input/article-" + i + ".txt"));
        }
        return files;
    }

    /** A parse that counts itself started and then waits for {@code release}. */
    private static Function<InputFile, IngestedFile> blockedUntil(CountDownLatch release, AtomicInteger started) {
        return file -> {
            started.incrementAndGet();
            await(release);
            return ingested(file);
        };
    }

    private static IngestedFile ingested(InputFile file) {
        return new IngestedFile(file, "sha", 1, "text", List.of(), List.of());
    }

    /** The scanner's reader, as the step has it: files in order, then null. */
    private static ItemStreamReader<InputFile> listOf(List<InputFile> files) {
        Iterator<InputFile> it = files.iterator();
        return new ItemStreamReader<>() {
            @Override
            public InputFile read() {
                return it.hasNext() ? it.next() : null;
            }
        };
    }

    /** Waits (up to 10 s, for a loaded machine) until the pool has started this many parses. */
    private static void awaitAtLeast(AtomicInteger started, int count) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (started.get() < count && System.nanoTime() < deadline) {
            sleepMillis(5);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
