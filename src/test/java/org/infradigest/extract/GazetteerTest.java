package org.infradigest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class GazetteerTest {

    private static final Lexicon LEXICON = Lexicon.fromClasspath();

    @Test
    void resolvesRegionNamesAliasesAdjectivesAndCodes() {
        RegionGazetteer regions = LEXICON.regions();
        assertThat(regions.resolve("CHN").name()).isEqualTo("China");
        assertThat(regions.resolve("CN").name()).isEqualTo("China");
        assertThat(regions.resolve("北京").name()).isEqualTo("Beijing");
        assertThat(regions.resolve("UK").name()).isEqualTo("United Kingdom");
        assertThat(regions.resolve("British").name()).isEqualTo("United Kingdom");
        assertThat(regions.resolve("Tamil Nadu").kind()).isEqualTo("state");
        assertThat(regions.resolve("Atlantis")).isNull();
    }

    @Test
    void knowsTheCountryOfACity() {
        RegionGazetteer regions = LEXICON.regions();
        assertThat(regions.countryOf(regions.resolve("Shenzhen")).name()).isEqualTo("China");
        assertThat(regions.countryOf(regions.resolve("Karnataka")).name()).isEqualTo("India");
    }

    @Test
    void findsRegionMentionsWithOffsetsAndTellsAdjectivesAndNationalTermsApart() {
        // when
        List<RegionGazetteer.Mention> found = LEXICON.regions()
                .find("8.2 million British homes in the UK, while Beijing led nationwide");
        // then
        assertThat(found).extracting(m -> m.region() == null ? "national" : m.region().name())
                .containsExactly("United Kingdom", "United Kingdom", "Beijing", "national");
        assertThat(found.get(0).adjective()).isTrue();
        assertThat(found.get(0).start()).isEqualTo(12);
    }

    @Test
    void matchesAllCapsDatelinesButNotOrdinaryWords() {
        assertThat(LEXICON.regions().find("BEIJING, April 20 (Xinhua)")).hasSize(1);
        assertThat(LEXICON.regions().find("numbers went up in goa and it grew")).isEmpty();
    }

    @Test
    void resolvesOperatorAliasesAndMccMncCodes() {
        OperatorGazetteer operators = LEXICON.operators();
        assertThat(operators.resolve("Jio").name()).isEqualTo("Reliance Jio");
        assertThat(operators.resolve("Airtel").name()).isEqualTo("Bharti Airtel");
        assertThat(operators.resolve("460/00").name()).isEqualTo("China Mobile");
        assertThat(operators.resolve("460-01").name()).isEqualTo("China Unicom");
        assertThat(operators.resolve("460/11").name()).isEqualTo("China Telecom");
        assertThat(operators.resolveCode(460, 15).name()).isEqualTo("China Broadnet");
        assertThat(operators.resolve("the market leader")).isNull();
    }

    @Test
    void findsOperatorMentionsWithOffsets() {
        // when
        List<OperatorGazetteer.Mention> found = LEXICON.operators()
                .find("Jio's 5G service is live, whereas competitor Airtel and China Tower lag");
        // then
        assertThat(found).extracting(m -> m.operator().name()).containsExactly("Reliance Jio", "Bharti Airtel", "China Tower");
        assertThat(found.get(1).start()).isEqualTo(45);
    }
}
