package org.infradigest.publish;

import org.infradigest.domain.Fact;
import org.infradigest.domain.Initiative;
import org.infradigest.domain.LicenceApproval;
import org.infradigest.domain.OperatorMention;
import org.infradigest.domain.Reject;
import org.infradigest.domain.Statement;
import org.infradigest.reconcile.Conflict;
import org.infradigest.reconcile.Figure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Everything one run publishes. facts.csv, the workbook and the PDF all read this one model, so they
 * can never disagree. Facts are kept in {@link FactOrder#STABLE} order.
 *
 * @param runDate     business date of the run
 * @param generatedAt when the digest was produced (also the documents' creation date)
 * @param facts       facts with their "new in this run" flag
 * @param statements  who said what
 * @param initiatives what operators pledged
 * @param operators   operators and units named in the articles
 * @param licences    foreign-licence events
 * @param sources     inputs read in the run
 * @param rejects     inputs that could not be used
 * @param metrics     labels and units by metric key; unknown keys fall back to the key
 * @param figures     figures of record, one per metric, region, operator and period (the reconcile step's)
 * @param conflicts   figures that disagree with the figure of record
 */
public record DigestModel(LocalDate runDate, Instant generatedAt, List<DigestFact> facts,
                          List<Statement> statements, List<Initiative> initiatives,
                          List<OperatorMention> operators, List<LicenceApproval> licences,
                          List<SourceEntry> sources, List<Reject> rejects, Map<String, MetricInfo> metrics,
                          List<Figure> figures, List<Conflict> conflicts) {

    public DigestModel {
        if (runDate == null) {
            throw new IllegalArgumentException("a digest needs a run date");
        }
        generatedAt = generatedAt == null ? Instant.now() : generatedAt;
        facts = facts.stream().sorted(Comparator.comparing(DigestFact::fact, FactOrder.STABLE)).toList();
        statements = List.copyOf(statements);
        initiatives = List.copyOf(initiatives);
        operators = List.copyOf(operators);
        licences = List.copyOf(licences);
        sources = List.copyOf(sources);
        rejects = List.copyOf(rejects);
        metrics = Map.copyOf(metrics);
        figures = List.copyOf(figures);
        conflicts = List.copyOf(conflicts);
    }

    /** A model without reconciled figures (before the reconcile step, or in tests of the other parts). */
    public DigestModel(LocalDate runDate, Instant generatedAt, List<DigestFact> facts, List<Statement> statements,
                       List<Initiative> initiatives, List<OperatorMention> operators, List<LicenceApproval> licences,
                       List<SourceEntry> sources, List<Reject> rejects, Map<String, MetricInfo> metrics) {
        this(runDate, generatedAt, facts, statements, initiatives, operators, licences, sources, rejects, metrics,
                List.of(), List.of());
    }

    /** Label and unit for a metric key; a key the lexicon does not know is shown as itself. */
    public MetricInfo metric(String key) {
        return key == null ? MetricInfo.unknown("") : metrics.getOrDefault(key, MetricInfo.unknown(key));
    }

    /** The facts alone, in published order. */
    public List<Fact> plainFacts() {
        return facts.stream().map(DigestFact::fact).toList();
    }
}
