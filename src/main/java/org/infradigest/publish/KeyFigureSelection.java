package org.infradigest.publish;

import org.infradigest.domain.Fact;
import org.infradigest.reconcile.Figure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Picks the headline figures shared by the workbook summary, the PDF and the mail: the latest period of each
 * metric, region and operator, ranked by the metric's place in {@code publish/key-metrics.txt}, then by how many
 * sources state it. No metric takes more than a third of the rows while others wait, so one statistics table
 * over 200 countries cannot crowd out everything else. Reads the figures of record in one pass and keeps at
 * most {@code limit} candidates per metric, so its memory does not grow with the store.
 */
public final class KeyFigureSelection {

    private static final String RANKING_RESOURCE = "publish/key-metrics.txt";

    private final List<String> ranking;

    public KeyFigureSelection(List<String> ranking) {
        this.ranking = List.copyOf(ranking);
    }

    /** The ranking shipped with the application. */
    public static KeyFigureSelection standard() {
        return new KeyFigureSelection(readRanking());
    }

    /** The metric's place in the ranking; metrics it does not name come after all it names. */
    public int rank(String metric) {
        int index = ranking.indexOf(metric);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    /** At most {@code limit} key figures, most important first. */
    public List<KeyFigure> select(DigestModel model, int limit) {
        FigureWalk<List<KeyFigure>> walk = walk(model, limit);
        model.figures().forEach(walk);
        return walk.result();
    }

    /** {@link #select} fed one figure at a time, in the model's order, so that it can share a walk. */
    public FigureWalk<List<KeyFigure>> walk(DigestModel model, int limit) {
        Map<String, TreeSet<KeyFigure>> perMetric = new HashMap<>();
        SeriesWalker walker = new SeriesWalker(model, candidate -> {
            TreeSet<KeyFigure> best = perMetric.computeIfAbsent(candidate.metric().key(),
                    k -> new TreeSet<>(importance()));
            best.add(candidate);
            if (best.size() > limit) {
                best.pollLast();
            }
        });
        return new FigureWalk<>() {
            @Override
            public void accept(DigestFigure figure) {
                walker.accept(figure);
            }

            @Override
            public List<KeyFigure> result() {
                walker.finish();
                return ranked(perMetric, limit);
            }
        };
    }

    private List<KeyFigure> ranked(Map<String, TreeSet<KeyFigure>> perMetric, int limit) {
        List<KeyFigure> ranked = perMetric.values().stream().flatMap(TreeSet::stream).sorted(importance()).toList();
        int perMetricCap = Math.max(2, limit / 3);
        List<KeyFigure> chosen = new ArrayList<>();
        List<KeyFigure> waiting = new ArrayList<>();
        Map<String, Integer> taken = new HashMap<>();
        for (KeyFigure figure : ranked) {
            int count = taken.merge(figure.metric().key(), 1, Integer::sum);
            (count <= perMetricCap ? chosen : waiting).add(figure);
        }
        chosen.addAll(waiting);
        return chosen.stream().limit(limit).sorted(importance()).toList();
    }

    private Comparator<KeyFigure> importance() {
        return Comparator.comparingInt((KeyFigure k) -> rank(k.metric().key()))
                .thenComparing(Comparator.comparingInt(KeyFigure::sources).reversed())
                .thenComparing(k -> k.metric().key())
                .thenComparing(k -> Objects.toString(k.region(), ""))
                .thenComparing(k -> Objects.toString(k.operator(), ""));
    }

    /**
     * Walks figures in key order and hands out, per series (metric, region, operator), its latest period with
     * the period before it.
     */
    private static final class SeriesWalker {

        private final DigestModel model;
        private final Consumer<KeyFigure> out;
        private DigestFigure latest;
        private DigestFigure before;

        SeriesWalker(DigestModel model, Consumer<KeyFigure> out) {
            this.model = model;
            this.out = out;
        }

        void accept(DigestFigure figure) {
            if (latest != null && !sameSeries(latest.figure(), figure.figure())) {
                emit();
                before = null;
            } else if (latest != null) {
                before = latest;
            }
            latest = figure;
        }

        void finish() {
            if (latest != null) {
                emit();
            }
            latest = null;
        }

        private void emit() {
            LocalDate run = model.runDate();
            Fact f = latest.figure().record();
            // An unknown period sorts first; a figure before it is no earlier period.
            boolean hasBefore = before != null && !before.figure().key().period().isEmpty()
                    && !latest.figure().key().period().isEmpty();
            out.accept(new KeyFigure(model.metric(f.metric()), f.value(), f.qualifier(), f.unit(), f.region(),
                    f.operator(), f.period(), latest.figure().sources(), latest.isNew(run),
                    hasBefore ? before.figure().key().period() : null,
                    hasBefore ? before.value() : null,
                    latest.isChanged(run) ? latest.history().previousValue() : null));
        }

        private static boolean sameSeries(Figure a, Figure b) {
            return a.key().metric().equals(b.key().metric()) && a.key().region().equals(b.key().region())
                    && a.key().operator().equals(b.key().operator());
        }
    }

    private static List<String> readRanking() {
        InputStream in = KeyFigureSelection.class.getClassLoader().getResourceAsStream(RANKING_RESOURCE);
        if (in == null) {
            return List.of();
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RANKING_RESOURCE, e);
        }
    }
}
