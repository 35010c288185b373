package org.infradigest.job;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Scheduled mode, bound from {@code --infradigest.schedule.*}: with a cron the process stays up and runs the
 * job at each tick instead of once at start-up.
 *
 * @param cron Spring cron expression with six fields (second first), e.g. {@code 0 0 2 * * *}; empty means
 *             one-shot mode
 * @param zone time zone of the cron and of the tick's run date; empty means the system zone
 */
@ConfigurationProperties("infradigest.schedule")
record ScheduleProperties(@DefaultValue("") String cron, @DefaultValue("") String zone) {

    ZoneId zoneId() {
        return zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone.trim());
    }
}
