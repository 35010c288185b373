package org.infradigest.publish.excel;

import org.infradigest.publish.DigestModel;
import org.infradigest.publish.RunStep;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The run history from the job repository: one row per step of every run, latest run first. */
final class RunsSheet {

    private RunsSheet() {
    }

    static TableSheet<RunStep> of(DigestModel model) {
        return TableSheet.of("Runs", List.of(Column.date("Run date"), Column.number("Execution"),
                Column.text("Run status"), Column.text("Step"), Column.text("Step status"), Column.number("Read"),
                Column.number("Written"), Column.number("Filtered"), Column.number("Skipped"), Column.date("Started"),
                Column.number("Seconds")), model.runs(),
                r -> new Object[] {r.runDate(), r.execution(), r.runStatus(), r.step(), r.status(), r.read(),
                        r.written(), r.filtered(), r.skipped(), r.started(), r.seconds() == null ? null
                        : BigDecimal.valueOf(r.seconds()).setScale(1, RoundingMode.HALF_UP)});
    }
}
