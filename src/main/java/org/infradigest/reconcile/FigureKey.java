package org.infradigest.reconcile;

/** What one figure of record is about; empty strings stand for "no operator" and "period unknown". */
public record FigureKey(String metric, String region, String operator, String period) {

    public FigureKey {
        operator = operator == null ? "" : operator;
        period = period == null ? "" : period;
    }
}
