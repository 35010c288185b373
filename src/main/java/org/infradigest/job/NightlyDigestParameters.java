package org.infradigest.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;

import org.infradigest.system.InfraDigestProperties;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/** The job's parameters: the run date identifies a run; folders travel along without identifying it. */
public final class NightlyDigestParameters {

    public static final String RUN_DATE = "runDate";
    public static final String INPUT = "input";
    public static final String OUTPUT = "output";

    private NightlyDigestParameters() {
    }

    public static JobParameters of(LocalDate runDate, InfraDigestProperties properties) {
        return new JobParametersBuilder()
                .addLocalDate(RUN_DATE, runDate)
                .addString(INPUT, properties.input().stream()
                        .map(p -> p.toAbsolutePath().normalize().toString())
                        .collect(Collectors.joining(",")), false)
                .addString(OUTPUT, properties.output().toAbsolutePath().normalize().toString(), false)
                .toJobParameters();
    }

    static Path outputFolder(String output, LocalDate runDate) {
        return Path.of(output).resolve(runDate.toString());
    }
}
