package org.infradigest.stats;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.infradigest.domain.Fact;
import org.infradigest.domain.Reject;

/** Reads fixture files and inline tables the way the ingestStats step does, with the test gazetteer. */
final class StatsFixtures {

    static final RegionTable REGIONS = RegionTable.parse(resource("stats/regions.yml"));

    private StatsFixtures() {
    }

    static StatsFileReader reader() {
        return new StatsFileReader(StatsVocabulary.bundled(REGIONS, OperatorResolver.none()));
    }

    static InputStream resource(String name) {
        InputStream in = StatsFixtures.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalArgumentException("no test resource " + name);
        }
        return in;
    }

    /** Reads {@code src/test/resources/stats/<fileName>}. */
    static Result readFixture(String fileName) {
        return readFixture(fileName, Optional.empty());
    }

    static Result readFixture(String fileName, Optional<SourceProfile> profile) {
        try (InputStream in = resource("stats/" + fileName)) {
            return read(fileName, in, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Result readText(String fileName, String text) {
        return readText(fileName, text, Optional.empty());
    }

    static Result readText(String fileName, String text, Optional<SourceProfile> profile) {
        return readBytes(fileName, text.getBytes(StandardCharsets.UTF_8), profile);
    }

    static Result readBytes(String fileName, byte[] bytes, Optional<SourceProfile> profile) {
        return read(fileName, new ByteArrayInputStream(bytes), profile);
    }

    private static Result read(String fileName, InputStream in, Optional<SourceProfile> profile) {
        List<StatFact> facts = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        ReadSummary summary = reader().read(fileName, in, profile, facts::add, rejects::add);
        return new Result(facts, rejects, summary);
    }

    /** What one read produced. */
    record Result(List<StatFact> statFacts, List<Reject> rejects, ReadSummary summary) {

        List<Fact> facts() {
            return statFacts.stream().map(StatFact::fact).toList();
        }

        /** The one fact for a metric, region and period (and operator, when given). */
        StatFact only(String metric, String region, String period) {
            List<StatFact> found = statFacts.stream()
                    .filter(f -> f.fact().metric().equals(metric) && f.fact().region().equals(region)
                            && java.util.Objects.equals(f.fact().period(), period))
                    .toList();
            if (found.size() != 1) {
                throw new AssertionError("expected one " + metric + " fact for " + region + " " + period
                        + " but found " + found);
            }
            return found.get(0);
        }

        List<StatFact> forRegion(String region) {
            return statFacts.stream().filter(f -> f.fact().region().equals(region)).toList();
        }
    }
}
