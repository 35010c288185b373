package org.infradigest.job;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.infradigest.system.InfraDigestProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Runs {@code nightlyDigest} at each tick of {@code infradigest.schedule.cron} for the tick's date (today in
 * the schedule's zone, or {@code infradigest.run-date} when set). Ticks run on a single thread, so two runs
 * never overlap; a tick that still finds a run going (e.g. one started by hand) skips with one log line.
 */
class DigestSchedule {

    private static final Logger log = LoggerFactory.getLogger(DigestSchedule.class);

    private final RunDateLauncher launcher;
    private final TaskScheduler scheduler;
    private final ScheduleProperties schedule;
    private final InfraDigestProperties properties;

    DigestSchedule(RunDateLauncher launcher, TaskScheduler scheduler, ScheduleProperties schedule,
                   InfraDigestProperties properties) {
        this.launcher = launcher;
        this.scheduler = scheduler;
        this.schedule = schedule;
        this.properties = properties;
    }

    /** Starts ticking once the application is fully up (web server included). */
    @EventListener(ApplicationReadyEvent.class)
    void start() {
        CronTrigger trigger = new CronTrigger(schedule.cron().trim(), schedule.zoneId());
        scheduler.schedule(() -> tick(scheduler.getClock().instant()), trigger);
        log.info("Scheduled mode: nightlyDigest runs at '{}' in {}", schedule.cron().trim(), schedule.zoneId());
    }

    /** One tick: runs the tick's date unless a run is still going. Answers the run's exit code. */
    int tick(Instant now) {
        LocalDate runDate;
        try {
            runDate = runDate(now);
        } catch (DateTimeParseException e) {
            log.error("--infradigest.run-date must be a date like 2025-05-20, not '{}'; tick skipped",
                    properties.runDate());
            return ExitCodes.BAD_ARGUMENTS;
        }
        if (launcher.isBusy()) {
            log.warn("Tick for {} skipped: the previous run is still going.", runDate);
            return ExitCodes.ALREADY_RUNNING;
        }
        try {
            return launcher.launch(runDate);
        } catch (Exception e) {
            // The process serves the next tick anyway; the job repository keeps the failed run for its restart.
            log.error("The run for {} could not be launched: {}", runDate, e.toString());
            return ExitCodes.FAILED;
        }
    }

    LocalDate runDate(Instant now) {
        return properties.runDateAt(now, schedule.zoneId());
    }
}
