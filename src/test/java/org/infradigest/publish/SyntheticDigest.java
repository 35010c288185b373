package org.infradigest.publish;

import org.infradigest.domain.Fact;
import org.infradigest.domain.Origin;
import org.infradigest.domain.Qualifier;
import org.infradigest.domain.Statement;
import org.infradigest.reconcile.Figure;
import org.infradigest.reconcile.FigureHistory;
import org.infradigest.reconcile.FigureKey;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongFunction;

/**
 * A digest of any size whose rows are made up as they are read, so a test can publish a million facts
 * without the test itself holding them. Run as a program in a child JVM with a small heap, it shows whether
 * publishing holds rows in memory: {@code SyntheticDigest <facts> <directory>}.
 */
public final class SyntheticDigest {

    private SyntheticDigest() {
    }

    public static DigestModel of(long facts) {
        long statements = Math.max(1, facts / 10);
        long figures = facts / 2;
        Map<String, MetricInfo> metrics = Map.of("base_stations_5g", new MetricInfo("base_stations_5g",
                "5G base stations", "stations"), "fixed_broadband_subscriptions_per_100_people",
                new MetricInfo("fixed_broadband_subscriptions_per_100_people", "Fixed broadband per 100 people",
                        "percent"));
        DigestTotals totals = new DigestTotals(facts, facts / 2, facts - facts / 2, facts / 10, figures, figures / 10,
                figures / 20, 0, statements, 0, 0, 0, 0, Map.of("text", facts / 5, "statistics", 3L));
        LocalDate run = LocalDate.of(2026, 11, 25);
        return new DigestModel(run, Instant.parse("2026-11-25T02:00:00Z"), metrics, totals,
                generated(facts, SyntheticDigest::fact), generated(figures, i -> figure(i, run)), Rows.of(List.of()),
                generated(statements, SyntheticDigest::statement), Rows.of(List.of()), Rows.of(List.of()),
                Rows.of(List.of()), generated(facts / 5, SyntheticDigest::source), Rows.of(List.of()),
                Rows.of(List.of()));
    }

    private static <T> Rows<T> generated(long count, LongFunction<T> row) {
        return new Rows<>() {
            @Override
            public void forEach(Consumer<? super T> action) {
                for (long i = 0; i < count; i++) {
                    action.accept(row.apply(i));
                }
            }

            @Override
            public long count() {
                return count;
            }
        };
    }

    private static String region(long i) {
        return "Region " + (i / 40 % 5_000);
    }

    private static DigestFact fact(long i) {
        boolean stats = i % 2 == 0;
        String period = String.valueOf(1990 + i % 40);
        Fact fact = new Fact(stats ? "fixed_broadband_subscriptions_per_100_people" : "base_stations_5g",
                BigDecimal.valueOf(stats ? (i % 1000) / 10.0 : 1000 + i), stats ? "percent" : "base_stations",
                region(i), stats ? null : "Operator " + (i % 7), period, Qualifier.EXACT,
                stats ? Origin.STATISTICS : Origin.NEWS, "https://news.example.org/article/" + i / 5,
                "In " + period + ", " + region(i) + " reported a figure of " + i + " in a sentence long enough to "
                        + "look like the ones articles have, with some words around the number.");
        return new DigestFact(fact, i % 10 == 0);
    }

    private static DigestFigure figure(long i, LocalDate run) {
        String period = String.valueOf(1990 + i % 40);
        FigureKey key = new FigureKey("base_stations_5g", region(i), "Operator " + (i / 200_000), period);
        Fact record = new Fact(key.metric(), BigDecimal.valueOf(1000 + i), "base_stations", key.region(),
                key.operator(), period, Qualifier.EXACT, Origin.NEWS, "https://news.example.org/article/" + i, null);
        FigureHistory history = i % 20 == 1 ? new FigureHistory(run.minusDays(9), run, BigDecimal.valueOf(999 + i),
                run.minusDays(1)) : FigureHistory.firstSeen(i % 10 == 0 ? run : run.minusDays(30));
        return new DigestFigure(new Figure(key, record, 1 + (int) (i % 3), false, false), history);
    }

    private static Statement statement(long i) {
        return new Statement("Speaker " + i, i % 3 == 0 ? null : "director", i % 2 == 0 ? null : "Agency " + i,
                "We will keep building networks across the region, statement number " + i + ".",
                "https://news.example.org/article/" + i);
    }

    private static SourceEntry source(long i) {
        return new SourceEntry("https://news.example.org/article/" + i, "Article " + i,
                LocalDate.of(2026, 1, 1).plusDays(i % 300), "text", (int) (i % 9));
    }

    /** Publishes a synthetic digest of {@code args[0]} facts into {@code args[1]}, then prints the peak heap. */
    public static void main(String[] args) throws Exception {
        long facts = Long.parseLong(args[0]);
        new DigestPublisher().publish(of(facts), Path.of(args[1]));
        long peak = java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.println("peak heap bytes " + peak);
    }
}
