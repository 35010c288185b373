package org.infradigest.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.infradigest.domain.Reject;
import org.infradigest.extract.Lexicon;
import org.infradigest.stats.StatFact;
import org.infradigest.stats.StatsFileReader;
import org.infradigest.stats.StatsVocabulary;
import org.junit.jupiter.api.Test;

/** Statistics resolve their regions through the same gazetteer as news, aggregates included. */
class GazetteerResolversTests {

    private static final StatsVocabulary VOCABULARY = GazetteerResolvers.vocabulary(Lexicon.fromClasspath());

    @Test
    void namesCodesAndImfSpellingsAreOneRegion() {
        assertThat(VOCABULARY.regions().resolve("China")).hasValueSatisfying(r -> assertThat(r.name()).isEqualTo("China"));
        assertThat(VOCABULARY.regions().resolve("CHN")).hasValueSatisfying(r -> assertThat(r.name()).isEqualTo("China"));
        assertThat(VOCABULARY.regions().resolve("China, People's Republic of"))
                .hasValueSatisfying(r -> assertThat(r.name()).isEqualTo("China"));
        assertThat(VOCABULARY.regions().resolve("Upper middle income"))
                .hasValueSatisfying(r -> assertThat(r.aggregate()).isTrue());
        assertThat(VOCABULARY.regions().resolve("World")).hasValueSatisfying(r -> assertThat(r.aggregate()).isTrue());
    }

    @Test
    void everyRegionOfTheRealWorldBankAndOwidFilesIsKnownAndAggregatesAreFlagged() {
        StatsFileReader reader = new StatsFileReader(VOCABULARY);
        List<StatFact> facts = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        for (String file : List.of("worldbank_IT.NET.BBND.P2_fixed_broadband_per100_wide.csv",
                "owid_fixed_broadband_subscriptions_per100_long.csv",
                "owid_mobile_cellular_subscriptions_per100_long.csv")) {
            reader.read(Path.of("src/test/resources/stats", file), facts::add, rejects::add);
        }

        assertThat(rejects).isEmpty();
        assertThat(facts).allSatisfy(f -> assertThat(f.regionKnown()).as(f.fact().region()).isTrue());
        assertThat(facts).filteredOn(f -> f.fact().region().equals("World")).allMatch(StatFact::aggregate);
        assertThat(facts).filteredOn(f -> f.fact().region().equals("China")).noneMatch(StatFact::aggregate)
                .isNotEmpty();
    }
}
