package org.infradigest.publish;

import org.infradigest.reconcile.Figure;
import org.infradigest.reconcile.FigureKey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Chooses what the digests chart, from the figures of record in one pass: the trend over periods of the most
 * important metrics (by {@link KeyFigureSelection}'s ranking), a line per region or operator with the longest
 * and largest series first, and the latest figures by operator for the most important metric that names two
 * operators or more in one region. Keeps a bounded number of series per metric, so memory does not grow with
 * the store.
 */
public final class ChartSelection {

    /** Lines per trend chart: more are unreadable in a legend. */
    public static final int SERIES_PER_CHART = 6;

    /** Bars in the by-operator chart. */
    public static final int OPERATORS_PER_CHART = 8;

    /** Periods shown on a trend's axis: the latest ones. */
    public static final int PERIODS_PER_CHART = 16;

    private static final int OPERATOR_ROWS_KEPT = 2_000;

    private final KeyFigureSelection ranking;

    public ChartSelection(KeyFigureSelection ranking) {
        this.ranking = ranking;
    }

    public static ChartSelection standard() {
        return new ChartSelection(KeyFigureSelection.standard());
    }

    /** Up to {@code trends} trend charts followed by at most one by-operator chart. */
    public List<ChartData> select(DigestModel model, int trends) {
        FigureWalk<List<ChartData>> walk = walk(model, trends);
        model.figures().forEach(walk);
        return walk.result();
    }

    /** {@link #select} fed one figure at a time, in the model's order, so that it can share a walk. */
    public FigureWalk<List<ChartData>> walk(DigestModel model, int trends) {
        Walker walker = new Walker();
        return new FigureWalk<>() {
            @Override
            public void accept(DigestFigure figure) {
                walker.accept(figure.figure());
            }

            @Override
            public List<ChartData> result() {
                walker.endSeries();
                return charts(model, walker, trends);
            }
        };
    }

    private List<ChartData> charts(DigestModel model, Walker walker, int trends) {
        List<ChartData> charts = new ArrayList<>();
        walker.seriesByMetric.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, TreeSet<Series>> e) -> ranking.rank(e.getKey()))
                        .thenComparing(Map.Entry::getKey))
                .limit(trends)
                .forEach(e -> charts.add(trend(model, e.getKey(), e.getValue())));
        byOperator(model, walker.operatorRows).ifPresent(charts::add);
        return charts;
    }

    private static ChartData trend(DigestModel model, String metric, TreeSet<Series> chosen) {
        TreeSet<String> periods = new TreeSet<>(BY_PERIOD_END);
        chosen.forEach(s -> periods.addAll(s.points.keySet()));
        List<String> axis = new ArrayList<>(periods);
        axis = axis.subList(Math.max(0, axis.size() - PERIODS_PER_CHART), axis.size());
        List<ChartData.Series> series = new ArrayList<>();
        for (Series s : chosen) {
            List<BigDecimal> values = new ArrayList<>();
            axis.forEach(p -> values.add(s.points.get(p)));
            series.add(new ChartData.Series(s.name(), values));
        }
        MetricInfo info = model.metric(metric);
        String unit = chosen.first().unit;
        return new ChartData(ChartData.Kind.LINE, info.label(), FigureFormat.unitLabel(unit, info),
                FigureFormat.isPercent(unit) || FigureFormat.isPercent(info.unit()), axis, series);
    }

    /** Latest figure per operator, for the best-ranked metric and region with two operators or more. */
    private java.util.Optional<ChartData> byOperator(DigestModel model, Map<List<String>, Map<String, Point>> rows) {
        return rows.entrySet().stream()
                .filter(e -> e.getValue().size() >= 2)
                .min(Comparator.comparingInt((Map.Entry<List<String>, Map<String, Point>> e) ->
                                ranking.rank(e.getKey().get(0)))
                        .thenComparing(e -> -e.getValue().size())
                        .thenComparing(e -> e.getKey().toString()))
                .map(e -> {
                    String metric = e.getKey().get(0);
                    String region = e.getKey().get(1);
                    List<Map.Entry<String, Point>> bars = e.getValue().entrySet().stream()
                            .sorted(Comparator.comparing((Map.Entry<String, Point> b) -> b.getValue().value)
                                    .reversed())
                            .limit(OPERATORS_PER_CHART).toList();
                    MetricInfo info = model.metric(metric);
                    String unit = bars.getFirst().getValue().unit;
                    return new ChartData(ChartData.Kind.BAR, info.label() + " by operator, " + region,
                            FigureFormat.unitLabel(unit, info),
                            FigureFormat.isPercent(unit) || FigureFormat.isPercent(info.unit()),
                            bars.stream().map(b -> b.getKey() + (b.getValue().period.isEmpty() ? ""
                                    : " (" + b.getValue().period + ")")).toList(),
                            List.of(new ChartData.Series("Latest", bars.stream().map(b -> b.getValue().value)
                                    .toList())));
                });
    }

    /**
     * Periods in time order by where they end: a year stands at its December ("2023" after "2023-03"), a quarter
     * at its last month.
     */
    static final Comparator<String> BY_PERIOD_END = Comparator.comparing(ChartSelection::periodEnd)
            .thenComparing(Comparator.naturalOrder());

    private static String periodEnd(String period) {
        // Called for every comparison while charts collect points: plain char checks, no regex.
        if (!startsWithYear(period)) {
            return period;
        }
        if (period.length() == 4) {
            return period + "-12-99";
        }
        if (period.length() == 7 && period.charAt(4) == '-') {
            char kind = period.charAt(5);
            char n = period.charAt(6);
            if (kind == 'Q' && n >= '1' && n <= '4') {
                return period.substring(0, 4) + "-" + (n == '4' ? "12" : "0" + ((n - '0') * 3)) + "-99";
            }
            if (kind == 'H' && (n == '1' || n == '2')) {
                return period.substring(0, 4) + (n == '1' ? "-06-99" : "-12-99");
            }
            return period + "-99";
        }
        return period;
    }

    private static boolean startsWithYear(String period) {
        if (period.length() < 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (period.charAt(i) < '0' || period.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private record Point(String period, BigDecimal value, String unit) {
    }

    /** One series being collected, then compared with the others of its metric. */
    private static final class Series {
        final String name;
        final String unit;
        final Map<String, BigDecimal> points = new TreeMap<>(BY_PERIOD_END);
        BigDecimal latest = BigDecimal.ZERO;

        Series(String name, String unit) {
            this.name = name;
            this.unit = unit;
        }

        String name() {
            return name;
        }
    }

    /** Longest series first, then the largest latest value, then by name for a stable choice. */
    private static final Comparator<Series> BEST = Comparator
            .comparingInt((Series s) -> -s.points.size())
            .thenComparing((Series s) -> s.latest, Comparator.reverseOrder())
            .thenComparing(Series::name);

    private static final class Walker {
        final Map<String, TreeSet<Series>> seriesByMetric = new HashMap<>();
        final Map<List<String>, Map<String, Point>> operatorRows = new LinkedHashMap<>();
        private FigureKey seriesKey;
        private Series current;
        private int operatorRowsKept;

        void accept(Figure figure) {
            FigureKey key = figure.key();
            if (seriesKey == null || !key.metric().equals(seriesKey.metric()) || !key.region().equals(seriesKey.region())
                    || !key.operator().equals(seriesKey.operator())) {
                endSeries();
                seriesKey = key;
                current = new Series(FigureFormat.where(key.region(), key.operator()), figure.record().unit());
            }
            // A range ("2019-06/2022-04") or an unknown period has no place on a time axis.
            if (!key.period().isEmpty() && !key.period().contains("/")) {
                current.points.put(key.period(), figure.value());
                current.latest = figure.value();
            }
            if (!key.operator().isEmpty() && !figure.aggregate()) {
                Map<String, Point> byOperator = operatorRows.get(List.of(key.metric(), key.region()));
                if (byOperator == null && operatorRowsKept < OPERATOR_ROWS_KEPT) {
                    byOperator = new HashMap<>();
                    operatorRows.put(List.of(key.metric(), key.region()), byOperator);
                }
                if (byOperator != null) {
                    Point before = byOperator.get(key.operator());
                    if (before == null) {
                        operatorRowsKept++;
                    }
                    if (before == null || before.period.compareTo(key.period()) <= 0) {
                        byOperator.put(key.operator(), new Point(key.period(), figure.value(),
                                figure.record().unit()));
                    }
                }
            }
        }

        void endSeries() {
            if (current == null || current.points.size() < 2) {
                return;
            }
            TreeSet<Series> best = seriesByMetric.computeIfAbsent(seriesKey.metric(), k -> new TreeSet<>(BEST));
            best.add(current);
            if (best.size() > SERIES_PER_CHART) {
                best.pollLast();
            }
            current = null;
        }
    }
}
