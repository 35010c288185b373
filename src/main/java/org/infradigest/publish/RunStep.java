package org.infradigest.publish;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One step of one job execution, from the job repository, for the run history.
 *
 * @param execution job execution id
 * @param runDate   the run's business date
 * @param runStatus the job execution's status (COMPLETED, FAILED, ...)
 * @param step      step name
 * @param status    the step's status
 * @param read      items read
 * @param written   items written
 * @param filtered  items the processor left out
 * @param skipped   items skipped on read, process or write
 * @param started   when the step started
 * @param seconds   how long it ran, or null while running
 */
public record RunStep(long execution, LocalDate runDate, String runStatus, String step, String status, long read,
                      long written, long filtered, long skipped, LocalDateTime started, Double seconds) {
}
