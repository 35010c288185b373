package org.infradigest.publish;

import org.infradigest.domain.Fact;
import org.infradigest.domain.Initiative;
import org.infradigest.domain.LicenceApproval;
import org.infradigest.domain.OperatorMention;
import org.infradigest.domain.Origin;
import org.infradigest.domain.Reject;
import org.infradigest.domain.Statement;
import org.infradigest.reconcile.Conflict;
import org.infradigest.reconcile.FigureKey;
import org.infradigest.reconcile.FigureReconciler;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Everything one run publishes. facts.csv, the workbook and the PDF all read this one model, so they can never
 * disagree. The collections are {@link Rows}: the nightly run streams them from the store, so the model's size
 * does not grow with the number of facts; small totals come precomputed.
 *
 * @param runDate     business date of the run
 * @param generatedAt when the digest was produced (also the documents' creation date)
 * @param metrics     labels and units by metric key; unknown keys fall back to the key
 * @param totals      the counts the outputs quote
 * @param facts       facts with their "new in this run" flag, in {@link FactOrder} order
 * @param figures     figures of record with their history, by metric, region, operator and period
 * @param conflicts   figures that disagree with the figure of record, largest difference first
 * @param statements  who said what, latest articles first
 * @param initiatives what operators pledged
 * @param operators   operators and units named in the articles
 * @param licences    foreign-licence events
 * @param sources     inputs read, latest first
 * @param rejects     inputs that could not be used
 * @param runs        the run history, one row per step execution, latest first
 */
public record DigestModel(LocalDate runDate, Instant generatedAt, Map<String, MetricInfo> metrics,
                         DigestTotals totals, Rows<DigestFact> facts, Rows<DigestFigure> figures,
                         Rows<Conflict> conflicts, Rows<Statement> statements, Rows<Initiative> initiatives,
                         Rows<OperatorUnit> operators, Rows<LicenceApproval> licences, Rows<SourceEntry> sources,
                         Rows<Reject> rejects, Rows<RunStep> runs) {

    public DigestModel {
        if (runDate == null) {
            throw new IllegalArgumentException("a digest needs a run date");
        }
        generatedAt = generatedAt == null ? Instant.now() : generatedAt;
        metrics = Map.copyOf(metrics);
        Objects.requireNonNull(totals, "totals");
    }

    /**
     * A model held in memory (tests, small tools): figures and conflicts are reconciled from the facts as the
     * reconcile step would, each figure first seen in a run where one of its facts was new.
     */
    public DigestModel(LocalDate runDate, Instant generatedAt, List<DigestFact> facts, List<Statement> statements,
                       List<Initiative> initiatives, List<OperatorMention> operators, List<LicenceApproval> licences,
                       List<SourceEntry> sources, List<Reject> rejects, Map<String, MetricInfo> metrics) {
        this(runDate, generatedAt, metrics, InMemory.totals(facts, statements, initiatives, operators, licences,
                        sources, rejects),
                Rows.of(facts.stream().sorted(Comparator.comparing(DigestFact::fact, FactOrder.STABLE)).toList()),
                Rows.of(InMemory.figures(runDate, facts)), Rows.of(InMemory.conflicts(facts)), Rows.of(statements),
                Rows.of(initiatives), Rows.of(InMemory.units(operators)), Rows.of(licences), Rows.of(sources),
                Rows.of(rejects), Rows.of(List.of()));
    }

    /** The same digest with its facts read through {@code others} (e.g. rows that feed a second writer). */
    public DigestModel withFacts(Rows<DigestFact> others) {
        return new DigestModel(runDate, generatedAt, metrics, totals, others, figures, conflicts, statements,
                initiatives, operators, licences, sources, rejects, runs);
    }

    /** Label and unit for a metric key; a key the lexicon does not know is shown as itself. */
    public MetricInfo metric(String key) {
        return key == null ? MetricInfo.unknown("") : metrics.getOrDefault(key, MetricInfo.unknown(key));
    }

    /** Derives what the store would hold from lists of records. */
    private static final class InMemory {

        private static final FigureReconciler RECONCILER = new FigureReconciler();

        static DigestTotals totals(List<DigestFact> facts, List<Statement> statements, List<Initiative> initiatives,
                                   List<OperatorMention> operators, List<LicenceApproval> licences,
                                   List<SourceEntry> sources, List<Reject> rejects) {
            Map<FigureKey, Boolean> figures = new LinkedHashMap<>();
            facts.forEach(df -> figures.merge(key(df.fact()), df.isNew(), Boolean::logicalOr));
            Map<String, Long> byFormat = new TreeMap<>();
            sources.forEach(s -> byFormat.merge(s.format() == null ? "unknown" : s.format(), 1L, Long::sum));
            return new DigestTotals(facts.size(),
                    facts.stream().filter(f -> f.fact().origin() == Origin.NEWS).count(),
                    facts.stream().filter(f -> f.fact().origin() == Origin.STATISTICS).count(),
                    facts.stream().filter(DigestFact::isNew).count(), figures.size(),
                    figures.values().stream().filter(b -> b).count(), 0, conflicts(facts).size(), statements.size(),
                    initiatives.size(), licences.size(), units(operators).size(), rejects.size(), byFormat);
        }

        static List<DigestFigure> figures(LocalDate runDate, List<DigestFact> facts) {
            List<DigestFigure> out = new ArrayList<>();
            grouped(facts).forEach((key, group) -> {
                boolean isNew = group.stream().anyMatch(DigestFact::isNew);
                var figure = RECONCILER.reconcile(key, plain(group), false).figure();
                out.add(DigestFigure.firstSeen(figure, isNew ? runDate : null));
            });
            return out;
        }

        static List<Conflict> conflicts(List<DigestFact> facts) {
            List<Conflict> out = new ArrayList<>();
            grouped(facts).forEach((key, group) -> out.addAll(RECONCILER.reconcile(key, plain(group), false)
                    .conflicts()));
            out.sort(Comparator.comparing(Conflict::differencePercent).reversed());
            return out;
        }

        static List<OperatorUnit> units(List<OperatorMention> mentions) {
            Map<List<String>, Set<String>> sources = new TreeMap<>(Comparator.comparing(Object::toString));
            Map<List<String>, OperatorMention> first = new LinkedHashMap<>();
            for (OperatorMention m : mentions) {
                List<String> key = List.of(text(m.operator()), text(m.region()), text(m.unit()));
                sources.computeIfAbsent(key, k -> new java.util.TreeSet<>()).add(text(m.source()));
                first.putIfAbsent(key, m);
            }
            List<OperatorUnit> out = new ArrayList<>();
            sources.forEach((key, set) -> {
                OperatorMention m = first.get(key);
                out.add(new OperatorUnit(m.operator(), m.region(), m.unit(), set.size(), set.iterator().next()));
            });
            return out;
        }

        /** Facts by figure key, keys in published order. */
        private static Map<FigureKey, List<DigestFact>> grouped(List<DigestFact> facts) {
            Map<FigureKey, List<DigestFact>> groups = new TreeMap<>(Comparator.comparing(FigureKey::metric)
                    .thenComparing(FigureKey::region).thenComparing(FigureKey::operator)
                    .thenComparing(FigureKey::period));
            facts.stream().sorted(Comparator.comparing(DigestFact::fact, FactOrder.STABLE))
                    .forEach(df -> groups.computeIfAbsent(key(df.fact()), k -> new ArrayList<>()).add(df));
            return groups;
        }

        private static List<Fact> plain(List<DigestFact> group) {
            return group.stream().map(DigestFact::fact).toList();
        }

        private static FigureKey key(Fact f) {
            return new FigureKey(f.metric(), f.region(), f.operator(), f.period());
        }

        private static String text(String s) {
            return s == null ? "" : s;
        }
    }
}
