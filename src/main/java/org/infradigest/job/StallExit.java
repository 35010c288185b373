package org.infradigest.job;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import com.sun.management.HotSpotDiagnosticMXBean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a stalled run does ({@link StallWatchdog}): writes every thread's stack, virtual threads included, to a
 * file next to the database, says so in the log, and ends the process with {@link ExitCodes#STALLED}. It halts
 * rather than shutting down in order: an orderly shutdown closes the database, which waits for the very thing
 * that is stuck. The run is left as a crash leaves it, and the next launch recovers and continues it.
 */
final class StallExit implements Consumer<StallWatchdog.Stall> {

    private static final Logger log = LoggerFactory.getLogger(StallExit.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private final Path folder;
    private final IntConsumer exit;

    /**
     * @param folder where the thread dump goes
     * @param exit   ends the process with the given code ({@code Runtime.getRuntime()::halt})
     */
    StallExit(Path folder, IntConsumer exit) {
        this.folder = folder;
        this.exit = exit;
    }

    @Override
    public void accept(StallWatchdog.Stall stall) {
        String dump = dumpThreads();
        log.error("The run has made no progress for {} s: its threads used {} ms of CPU in that time, so what "
                        + "they wait for is stuck. {} Ending the process with exit code {}; run the same command "
                        + "again and the run carries on where it stopped.",
                stall.quietFor().toSeconds(), stall.cpuUsed().toMillis(), dump, ExitCodes.STALLED);
        exit.accept(ExitCodes.STALLED);
    }

    private String dumpThreads() {
        Path file = folder.toAbsolutePath().resolve("stalled-run-" + STAMP.format(LocalDateTime.now()) + ".txt");
        try {
            Files.createDirectories(folder);
            Files.deleteIfExists(file); // the dump refuses an existing file
            ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                    .dumpThreads(file.toString(), HotSpotDiagnosticMXBean.ThreadDumpFormat.TEXT_PLAIN);
            return "Every thread's stack is in " + file + ".";
        } catch (IOException | RuntimeException e) {
            return "Writing the threads' stacks to " + file + " failed (" + e + ").";
        }
    }
}
