package org.infradigest.publish;

import org.infradigest.domain.Fact;
import org.infradigest.domain.Qualifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Picks the headline figures shared by the workbook summary and the PDF: the latest period of each metric,
 * region and operator, ranked by the metric's place in {@code publish/key-metrics.txt}, then by how many
 * sources state it. No metric takes more than a third of the rows while others wait, so one statistics
 * table over 200 countries cannot crowd out everything else.
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

    /** At most {@code limit} key figures, most important first. */
    public List<KeyFigure> select(DigestModel model, int limit) {
        List<KeyFigure> ranked = latestPerSeries(model).stream().sorted(importance()).toList();
        int perMetric = Math.max(2, limit / 3);
        List<KeyFigure> chosen = new ArrayList<>();
        List<KeyFigure> waiting = new ArrayList<>();
        Map<String, Integer> taken = new HashMap<>();
        for (KeyFigure figure : ranked) {
            int count = taken.merge(figure.metric().key(), 1, Integer::sum);
            (count <= perMetric ? chosen : waiting).add(figure);
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

    private int rank(String metric) {
        int index = ranking.indexOf(metric);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    /** One figure per (metric, region, operator), from its latest period. */
    private static List<KeyFigure> latestPerSeries(DigestModel model) {
        Map<List<String>, List<DigestFact>> byKey = new LinkedHashMap<>();
        for (DigestFact df : model.facts()) {
            Fact f = df.fact();
            byKey.computeIfAbsent(Arrays.asList(f.metric(), f.region(), f.operator(), f.period()),
                    k -> new ArrayList<>()).add(df);
        }
        Map<List<String>, KeyFigure> latest = new LinkedHashMap<>();
        for (List<DigestFact> group : byKey.values()) {
            KeyFigure figure = agreed(model, group);
            List<String> series = Arrays.asList(figure.metric().key(), figure.region(), figure.operator());
            latest.merge(series, figure, (a, b) -> period(b).compareTo(period(a)) > 0 ? b : a);
        }
        return List.copyOf(latest.values());
    }

    private static String period(KeyFigure k) {
        return k.period() == null ? "" : k.period();
    }

    /** The value and qualifier most sources state; ties go to the first in published order. */
    private static KeyFigure agreed(DigestModel model, List<DigestFact> group) {
        Map<List<Object>, Set<String>> sourcesByValue = new LinkedHashMap<>();
        Set<String> allSources = new HashSet<>();
        boolean isNew = false;
        for (DigestFact df : group) {
            Fact f = df.fact();
            BigDecimal value = f.value() == null ? BigDecimal.ZERO : f.value().stripTrailingZeros();
            Qualifier qualifier = f.qualifier() == null ? Qualifier.EXACT : f.qualifier();
            sourcesByValue.computeIfAbsent(List.of(value, qualifier, Objects.toString(f.unit(), "")),
                    k -> new HashSet<>()).add(Objects.toString(f.source(), ""));
            allSources.add(Objects.toString(f.source(), ""));
            isNew |= df.isNew();
        }
        List<Object> best = sourcesByValue.entrySet().stream()
                .max(Comparator.comparingInt(e -> e.getValue().size()))
                .orElseThrow().getKey();
        Fact first = group.getFirst().fact();
        return new KeyFigure(model.metric(first.metric()), (BigDecimal) best.get(0), (Qualifier) best.get(1),
                (String) best.get(2), first.region(), first.operator(), first.period(), allSources.size(), isNew);
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
