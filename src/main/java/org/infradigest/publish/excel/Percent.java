package org.infradigest.publish.excel;

import java.math.BigDecimal;

/** A value already in percent points (36.3 means 36.3%), shown with a percent sign but never divided by 100. */
record Percent(BigDecimal value) {

    /** What a cell holds for {@code value}: a {@link Percent} when it is in percent points, else the number. */
    static Object orNumber(BigDecimal value, boolean percent) {
        return value == null ? null : percent ? new Percent(value) : value;
    }
}
