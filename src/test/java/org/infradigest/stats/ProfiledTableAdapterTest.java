package org.infradigest.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.infradigest.stats.StatsFixtures.readText;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.infradigest.domain.Fact;
import org.infradigest.domain.Reject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfiledTableAdapterTest {

    private static final String ITU = "itu_like_mobile_broadband_thousands.csv";

    @Test
    void theItuLikeFileIsReadThroughTheProfileBesideIt(@TempDir Path folder) throws IOException {
        // given: the data file and its <file>.profile.yml in one folder, as in input/stats/
        Path data = copy(ITU, folder);
        copy(ITU + ".profile.yml", folder);
        List<StatFact> facts = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();

        // when
        ReadSummary summary = StatsFixtures.reader().read(data, facts::add, rejects::add);

        // then: thousands multiplied out, decimal comma, the alias resolved to China
        assertThat(summary.layout()).isEqualTo("profiled");
        assertThat(facts).extracting(StatFact::fact).extracting(Fact::metric, Fact::value, Fact::unit, Fact::region, Fact::period)
                .containsExactly(
                        tuple("mobile_broadband_subscriptions", new BigDecimal("1497063000"), "subscriptions", "China", "2021"),
                        tuple("mobile_broadband_subscriptions", new BigDecimal("1580227500"), "subscriptions", "China", "2022"),
                        tuple("mobile_broadband_subscriptions", new BigDecimal("348152000"), "subscriptions", "Indonesia", "2022"));
        assertThat(facts.get(1).fact().sentence()).isEqualTo("China, People's Republic of;2022;1 580 227,5");
        assertThat(rejects).extracting(r -> r.location() + ": " + r.reason()).containsExactly(
                "line 8: value 'abc' is not a number",
                "line 9: region is empty",
                "line 10: period '20x2' is not YYYY, YYYY-MM, YYYY-MM-DD or START/END");
        assertThat(summary.missing()).isEqualTo(1);
    }

    @Test
    void aWideTableIsReadWithAYearColumnPatternAndAProfileGivenAsAnObject() {
        // given
        String table = """
                Province,Note,2021年,2022年,2023 (est.)
                Beijing,,5.2,6.3,..
                Guangdong,revised,17.1,22.3,26
                ,,1,2,3
                Shanghai,,6.8,5.4 (rev.),7.2
                """;
        SourceProfile profile = new SourceProfile(null, null, null, 0,
                new SourceProfile.Columns("Province", null, null, null, null, null, null, null), "(\\d{4}).*",
                "base_stations_5g", "stations", null, null, null, new BigDecimal("10000"), List.of(), false, Map.of());

        // when
        var result = readText("provinces_5g.csv", table, Optional.of(profile));

        // then: a row without region is one reject, a bad cell is one reject naming its column
        assertThat(result.rejects()).extracting(r -> r.location() + ": " + r.reason()).containsExactly(
                "line 4: region is empty", "line 5, column 2022年: value '5.4 (rev.)' is not a number");
        assertThat(result.facts()).extracting(Fact::region, Fact::period, Fact::value).containsExactly(
                tuple("Beijing", "2021", new BigDecimal("52000")), tuple("Beijing", "2022", new BigDecimal("63000")),
                tuple("Guangdong", "2021", new BigDecimal("171000")), tuple("Guangdong", "2022", new BigDecimal("223000")),
                tuple("Guangdong", "2023", new BigDecimal("260000")),
                tuple("Shanghai", "2021", new BigDecimal("68000")), tuple("Shanghai", "2023", new BigDecimal("72000")));
        assertThat(result.summary().missing()).isEqualTo(1);
    }

    @Test
    void aMetricColumnIsMappedThroughTheProfilesIndicators() {
        // given
        String yaml = """
                columns:
                  region: Country
                  period: Year
                  value: Value
                  metric: Indicator
                  operator: Operator
                indicators:
                  5G BTS in service: {metric: base_stations_5g, unit: stations}
                """;
        String table = "Country,Year,Indicator,Operator,Value\nChina,2024,5G BTS in service,China Mobile,2400000\n"
                + "China,2024,Fixed broadband subscriptions (per 100 people),,45.1\n";

        // when
        var result = readText("operators.csv", table, Optional.of(parse(yaml)));

        // then
        assertThat(result.facts()).extracting(Fact::metric, Fact::unit, Fact::operator).containsExactly(
                tuple("base_stations_5g", "stations", "China Mobile"),
                tuple("fixed_broadband_subscriptions_per_100_people", "subscriptions per 100 people", null));
    }

    @Test
    void aProfileNamingAColumnTheHeaderLacksIsOneRejectListingTheHeader() {
        // given
        SourceProfile profile = parse("columns:\n  region: Economy\n  value: Subscriptions\nmetric: mobile_subscriptions\n");

        // when
        var result = readText("itu.csv", "Country;Year;Subscriptions\nChina;2022;1\n", Optional.of(profile));

        // then
        assertThat(result.facts()).isEmpty();
        assertThat(result.rejects()).singleElement().satisfies(r -> assertThat(r.reason())
                .isEqualTo("the profile names column 'Economy' for region but the header has [Country, Year, Subscriptions]"));
    }

    @Test
    void anUnusableProfileBesideAFileIsOneRejectNamingTheBadKey(@TempDir Path folder) throws IOException {
        // given
        Path data = Files.writeString(folder.resolve("itu.csv"), "Economy;Year;Value\nChina;2022;1\n");
        Files.writeString(folder.resolve("itu.csv.profile.yml"), "colums:\n  region: Economy\n");
        List<Reject> rejects = new ArrayList<>();

        // when
        StatsFixtures.reader().read(data, f -> { }, rejects::add);

        // then
        assertThat(rejects).singleElement().satisfies(r -> {
            assertThat(r.file()).isEqualTo("itu.csv");
            assertThat(r.reason()).startsWith("source profile unusable: itu.csv.profile.yml: unknown key 'colums'");
        });
    }

    @Test
    void aFolderProfileAppliesOnlyToTheFilesItsGlobMatches(@TempDir Path folder) throws IOException {
        // given
        Files.writeString(folder.resolve("profile.yml"), """
                match: "itu_*.csv"
                columns: {region: Economy, period: Year, value: Value}
                metric: mobile_subscriptions
                """);
        Path matched = Files.writeString(folder.resolve("itu_2022.csv"), "Economy,Year,Value\nChina,2022,1\n");
        Path other = Files.writeString(folder.resolve("other.csv"), "Economy,Year,Value\nChina,2022,1\n");
        List<Reject> rejects = new ArrayList<>();

        // when
        ReadSummary read = StatsFixtures.reader().read(matched, f -> { }, rejects::add);
        ReadSummary notRead = StatsFixtures.reader().read(other, f -> { }, rejects::add);

        // then
        assertThat(read.facts()).isEqualTo(1);
        assertThat(notRead.layout()).isEqualTo("none");
        assertThat(rejects).singleElement().extracting(Reject::file).isEqualTo("other.csv");
    }

    private static SourceProfile parse(String yaml) {
        return SourceProfileParser.parse(new java.io.ByteArrayInputStream(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static Path copy(String name, Path folder) throws IOException {
        try (InputStream in = StatsFixtures.resource("stats/" + name)) {
            Path target = folder.resolve(name);
            Files.copy(in, target);
            return target;
        }
    }
}
