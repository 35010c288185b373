package org.infradigest.stats;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Consumer;

import org.infradigest.domain.Fact;
import org.infradigest.domain.Origin;
import org.infradigest.domain.Qualifier;
import org.infradigest.domain.Reject;

/**
 * What an adapter needs while reading one file: the lexicons, the resolvers, the profile and the two
 * sinks; it also counts what went where for the {@link ReadSummary}.
 */
final class ReadContext {

    static final String STEP = "ingestStats";

    private final String file;
    private final StatsVocabulary vocabulary;
    private final Optional<SourceProfile> profile;
    private final Consumer<StatFact> facts;
    private final Consumer<Reject> rejects;
    // Tables repeat the same few names on every row; gazetteer look-ups are not free. Bounded, so a
    // file with a million distinct names cannot grow them without limit.
    private final LookupCache<Optional<ResolvedRegion>> regions = new LookupCache<>();
    private final LookupCache<String> operators = new LookupCache<>();
    private final LookupCache<Indicator> metrics = new LookupCache<>();
    private String rowLocation;
    private long factCount;
    private long rejectCount;
    private long missingCount;

    ReadContext(String file, StatsVocabulary vocabulary, Optional<SourceProfile> profile,
                Consumer<StatFact> facts, Consumer<Reject> rejects) {
        this.file = file;
        this.vocabulary = vocabulary;
        this.profile = profile;
        this.facts = facts;
        this.rejects = rejects;
    }

    String file() {
        return file;
    }

    IndicatorLexicon lexicon() {
        return vocabulary.indicators();
    }

    MobileNetworks networks() {
        return vocabulary.networks();
    }

    Optional<SourceProfile> profile() {
        return profile;
    }

    /** Reports a bad row, column or file; location null means the whole file. */
    void reject(String location, String reason) {
        rejectCount++;
        rejects.accept(new Reject(STEP, file, location, reason));
    }

    /** The row now being read, for the rejects {@link #emit} makes; null while no row is (the file's end). */
    void at(String location) {
        rowLocation = location;
    }

    /** Counts a cell that said "no value". */
    void missing() {
        missingCount++;
    }

    /**
     * Emits one fact, the region resolved through the caller's gazetteer: by code first (codes are
     * unambiguous), then by name; an unknown region keeps its name as written.
     *
     * @param aggregateHint what the layout itself says, e.g. an empty OWID code marks an aggregate
     */
    void emit(String metric, BigDecimal value, String unit, String regionName, String regionCode,
              boolean aggregateHint, String operator, String period, Qualifier qualifier, String source,
              String sentence) {
        Optional<ResolvedRegion> resolved = resolve(regionCode).or(() -> resolve(regionName));
        String region = resolved.map(ResolvedRegion::name).orElse(regionName.isBlank() ? regionCode : regionName.trim());
        boolean aggregate = aggregateHint || resolved.map(ResolvedRegion::aggregate).orElse(false);
        String tooLong = tooLong("metric", metric, 128) + tooLong("unit", unit, 64) + tooLong("region", region, 200)
                + tooLong("operator", operator, 200) + tooLong("period", period, 32) + tooLong("source", source, 2048);
        if (!tooLong.isEmpty()) { // wider than the fact table's column: the insert would fail the whole file
            reject(rowLocation, tooLong.substring(2));
            return;
        }
        if (value.signum() < 0 && !metric.endsWith("_net_added")) { // only a flow can go below zero
            reject(rowLocation, "value " + value.toPlainString() + " is negative, but " + metric
                    + " cannot be below zero (only _net_added metrics can)");
            return;
        }
        Fact fact = new Fact(metric, value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros(),
                unit, region, operator, period, qualifier, Origin.STATISTICS,
                source == null || source.isBlank() ? file : source, sentence);
        factCount++;
        facts.accept(new StatFact(fact, aggregate, resolved.isPresent()));
    }

    private static String tooLong(String field, String value, int limit) {
        return value == null || value.length() <= limit ? ""
                : "; " + field + " is " + value.length() + " characters long, above the limit of " + limit;
    }

    /** The canonical operator name, or the name as written when the resolver does not know it. */
    String operator(String nameAsWritten) {
        if (nameAsWritten == null || nameAsWritten.isBlank()) {
            return null;
        }
        return operators.get(nameAsWritten, n -> vocabulary.operators().resolve(n.trim()).orElse(n.trim()));
    }

    /** The indicator a metric cell means (see {@link ProfiledMetric#of}). */
    Indicator metric(String text) {
        return metrics.get(text, t -> ProfiledMetric.of(t, lexicon()));
    }

    /** The unit the lexicon gives a metric key, or null when the lexicon does not know the metric. */
    String unitOf(String metric) {
        return lexicon().byMetric(metric).map(Indicator::unit).orElse(null);
    }

    private Optional<ResolvedRegion> resolve(String nameOrCode) {
        return nameOrCode == null || nameOrCode.isBlank() ? Optional.empty()
                : regions.get(nameOrCode, n -> vocabulary.regions().resolve(n.trim()));
    }

    ReadSummary summary(String layout, long rows) {
        return new ReadSummary(file, layout, rows, factCount, missingCount, rejectCount);
    }
}
