package org.infradigest.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.infradigest.system.InfraDigestProperties;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.util.unit.DataSize;

/** What one tick of the schedule runs: which date, and nothing while the previous run is still going. */
class DigestScheduleTests {

    private final RunDateLauncher launcher = mock(RunDateLauncher.class);

    @Test
    void aTickRunsTodayInTheScheduleZone() throws Exception {
        given(launcher.launch(any())).willReturn(ExitCodes.OK);
        DigestSchedule schedule = schedule("Asia/Shanghai", "");

        int exitCode = schedule.tick(Instant.parse("2025-05-31T18:30:00Z"));

        assertThat(exitCode).isEqualTo(ExitCodes.OK);
        then(launcher).should().launch(LocalDate.of(2025, 6, 1)); // already June 1st in Shanghai
    }

    @Test
    void aTickRunsTheConfiguredRunDateWhenOneIsSet() throws Exception {
        DigestSchedule schedule = schedule("UTC", "2025-05-20");

        schedule.tick(Instant.parse("2025-05-31T18:30:00Z"));

        then(launcher).should().launch(LocalDate.of(2025, 5, 20));
    }

    @Test
    void aTickThatFindsThePreviousRunStillGoingSkips() throws Exception {
        given(launcher.isBusy()).willReturn(true);
        DigestSchedule schedule = schedule("UTC", "");

        int exitCode = schedule.tick(Instant.parse("2025-05-31T18:30:00Z"));

        assertThat(exitCode).isEqualTo(ExitCodes.ALREADY_RUNNING);
        then(launcher).should(never()).launch(any());
    }

    private DigestSchedule schedule(String zone, String runDate) {
        InfraDigestProperties properties = new InfraDigestProperties(List.of(Path.of("seeds")), Path.of("output"),
                Path.of("data"), runDate, "", false, true,
                new InfraDigestProperties.News(DataSize.ofMegabytes(20), 20, 20));
        return new DigestSchedule(launcher, mock(TaskScheduler.class), new ScheduleProperties("0 0 2 * * *", zone),
                properties);
    }
}
