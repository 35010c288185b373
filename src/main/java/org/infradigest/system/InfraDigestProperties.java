package org.infradigest.system;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The options of a run (DESIGN.md's command-line table), bound from {@code --infradigest.*}.
 *
 * @param input   folders to read; news anywhere below them, statistics under {@code stats/}
 * @param output  digests go to {@code output/<runDate>/}
 * @param data    where the H2 database files live
 * @param runDate the run's business date, {@code YYYY-MM-DD}; empty means today in {@code zone}
 * @param zone    time zone that decides what "today" is
 * @param rebuild run a date again although it completed, re-reading every input
 * @param launch  run the job at start-up (off in tests that launch it themselves)
 * @param news    limits of the news step
 */
@ConfigurationProperties("infradigest")
public record InfraDigestProperties(
        @DefaultValue({"seeds", "input"}) List<Path> input,
        @DefaultValue("output") Path output,
        @DefaultValue("data") Path data,
        String runDate,
        @DefaultValue("") String zone,
        @DefaultValue("false") boolean rebuild,
        @DefaultValue("true") boolean launch,
        @DefaultValue News news) {

    /**
     * The run's date: the configured one, else the date of {@code now} in {@code zone}.
     *
     * @throws java.time.format.DateTimeParseException when the configured date is not YYYY-MM-DD
     */
    public LocalDate runDateAt(Instant now, ZoneId zone) {
        if (runDate != null && !runDate.isBlank()) {
            return LocalDate.parse(runDate.trim());
        }
        return LocalDate.ofInstant(now, zone);
    }

    /** The zone that decides what "today" is for a one-shot run. */
    public ZoneId zoneId() {
        return zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
    }

    /**
     * @param maxFileBytes  a news file above this size is rejected unread
     * @param chunkSize     articles extracted per transaction
     * @param filesPerChunk news files read per transaction: fewer than articles, as one feed or JSON lines file
     *                      can hold thousands of articles, and a chunk's articles are all in memory until written
     */
    public record News(@DefaultValue("20MB") DataSize maxFileBytes, @DefaultValue("50") int chunkSize,
                       @DefaultValue("20") int filesPerChunk) {
    }
}
