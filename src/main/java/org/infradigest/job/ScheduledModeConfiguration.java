package org.infradigest.job;

import org.infradigest.system.InfraDigestProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/** Scheduled mode ({@code infradigest.schedule.cron} set): the process stays up and runs the job on the cron. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${infradigest.schedule.cron:}'.isBlank()")
@EnableConfigurationProperties(ScheduleProperties.class)
class ScheduledModeConfiguration {

    @Bean
    ThreadPoolTaskScheduler digestScheduler() {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1); // one thread: a tick never starts while the previous run is going
        scheduler.setThreadNamePrefix("digest-schedule-");
        return scheduler;
    }

    @Bean
    DigestSchedule digestSchedule(RunDateLauncher launcher, ThreadPoolTaskScheduler digestScheduler,
                                  ScheduleProperties schedule, InfraDigestProperties properties) {
        return new DigestSchedule(launcher, digestScheduler, schedule, properties);
    }
}
