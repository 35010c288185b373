package org.infradigest.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.infradigest.stats.StatsFixtures.readFixture;
import static org.infradigest.stats.StatsFixtures.readText;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.infradigest.domain.Fact;
import org.infradigest.domain.Origin;
import org.infradigest.domain.Qualifier;
import org.infradigest.domain.Reject;
import org.junit.jupiter.api.Test;

class WorldBankWideAdapterTest {

    private static final String FILE = "worldbank_IT.NET.BBND.P2_fixed_broadband_per100_wide.csv";

    @Test
    void chinaFixedBroadbandIn2019IsReadFromTheRealDataBankExport() {
        // when
        var result = readFixture(FILE);

        // then
        Fact china2019 = result.only("fixed_broadband_subscriptions_per_100_people", "China", "2019").fact();
        assertThat(china2019.value()).isEqualByComparingTo("31.34");
        assertThat(china2019.unit()).isEqualTo("subscriptions per 100 people");
        assertThat(china2019.operator()).isNull();
        assertThat(china2019.qualifier()).isEqualTo(Qualifier.EXACT);
        assertThat(china2019.origin()).isEqualTo(Origin.STATISTICS);
        assertThat(china2019.source()).isEqualTo(FILE);
        assertThat(china2019.sentence()).startsWith("China,0.00,0.03,").endsWith("31.34,33.60");
        assertThat(result.only("fixed_broadband_subscriptions_per_100_people", "China", "2020").fact().value())
                .isEqualByComparingTo("33.60");
    }

    @Test
    void everyEconomyYearWithAValueIsOneFactAndDotsAreMissingNotRejects() throws IOException {
        // given: the file's own count of ".." cells and of all year cells
        String text = fixtureText(FILE);
        long dots = text.lines().skip(1).flatMap(l -> java.util.Arrays.stream(l.split(","))).filter(".."::equals).count();
        long rows = text.lines().count() - 1;

        // when
        var result = readFixture(FILE);

        // then: 217 economies x 21 years, split between facts and missing cells
        assertThat(rows).isEqualTo(217);
        assertThat(result.summary().rows()).isEqualTo(217);
        assertThat(result.summary().missing()).isEqualTo(dots);
        assertThat(result.summary().facts()).isEqualTo(217 * 21 - dots);
        assertThat(result.rejects()).isEmpty();
        assertThat(result.summary().layout()).isEqualTo("worldbank-wide");
    }

    @Test
    void theByteOrderMarkDoesNotHideTheHeaderAndQuotedNamesStayWhole() {
        // when
        var result = readFixture(FILE);

        // then
        assertThat(result.facts()).extracting(Fact::region).contains("Afghanistan", "Yemen, Rep.")
                .noneMatch(region -> region.contains("\uFEFF") || region.equals("Country Name"));
        assertThat(result.only("fixed_broadband_subscriptions_per_100_people", "South Korea", "2020").regionKnown()).isTrue();
    }

    @Test
    void dataBankNotesAfterTheTableAreNotRowsAndSeriesCodesNameTheMetric() {
        // given: a DataBank export with series columns and the notes DataBank appends
        String export = """
                Series Name,Series Code,Country Name,Country Code,2018 [YR2018],2019 [YR2019]
                Mobile cellular subscriptions,IT.CEL.SETS,China,CHN,1649302000,1746238000
                Individuals using the Internet (% of population),IT.NET.USER.ZS,World,WLD,..,54.5
                Fixed broadband subscriptions,IT.NET.BBND,India,IND,18170000,

                Data from database: World Development Indicators
                Last Updated: 06/30/2021
                """;

        // when
        var result = readText("databank_export.csv", export);

        // then
        assertThat(result.rejects()).isEmpty();
        assertThat(result.only("mobile_subscriptions", "China", "2019").fact().value()).isEqualByComparingTo("1746238000");
        assertThat(result.only("internet_users_share", "World", "2019").aggregate()).isTrue();
        assertThat(result.only("fixed_broadband_subscriptions", "India", "2018").fact().unit()).isEqualTo("subscriptions");
        assertThat(result.facts()).hasSize(4);
        assertThat(result.summary().missing()).isEqualTo(2);
    }

    @Test
    void anUnknownOrAmbiguousSeriesIsRejectedOnceNotOncePerEconomy() {
        // given
        String export = """
                Series Name,Country Name,2019 [YR2019]
                Secure Internet servers,China,10
                Secure Internet servers,India,20
                Mobile cellular subscriptions,China,1746238000
                """;

        // when
        var result = readText("databank_export.csv", export);

        // then
        assertThat(result.facts()).isEmpty();
        assertThat(result.rejects()).extracting(r -> r.location() + ": " + r.reason()).containsExactly(
                "line 2: unknown indicator 'Secure Internet servers'; its rows are skipped; add its code to lexicon/indicators.yml",
                "line 4: indicator 'Mobile cellular subscriptions' may mean [mobile_subscriptions_per_100_people, "
                        + "mobile_subscriptions]; its rows are skipped; add its code to lexicon/indicators.yml");
    }

    @Test
    void aBulkDownloadWithItsPreambleAndIndicatorCodeColumnIsRead() {
        // given: the layout of api.worldbank.org bulk CSVs: four lines above the header, a trailing comma
        String bulk = """
                "Data Source","World Development Indicators",

                "Last Updated Date","2021-06-30",

                "Country Name","Country Code","Indicator Name","Indicator Code","2019","2020",
                "China","CHN","Fixed broadband subscriptions (per 100 people)","IT.NET.BBND.P2","31.34","33.60",
                "Arab World","ARB","Fixed broadband subscriptions (per 100 people)","IT.NET.BBND.P2","7.1","",
                """;

        // when
        var result = readText("API_IT.NET.BBND.P2_DS2_en_csv_v2.csv", bulk);

        // then
        assertThat(result.rejects()).isEmpty();
        assertThat(result.only("fixed_broadband_subscriptions_per_100_people", "China", "2020").fact().value())
                .isEqualByComparingTo("33.6");
        assertThat(result.only("fixed_broadband_subscriptions_per_100_people", "Arab World", "2019").aggregate()).isTrue();
    }

    @Test
    void badCellsAndOddYearColumnsAreRejectedWithTheirLineWhileGoodCellsLoad() {
        // given
        String export = """
                Country Name,2018 [YR2018],2019 [YR2019],2020 [YR2017]
                China,28.54,n.v.,33.60
                ,1.0,2.0,3.0
                India,1.34,1.38,1.66
                """;

        // when
        var result = readText("worldbank_IT.NET.BBND.P2_broken.csv", export);

        // then
        assertThat(result.rejects()).extracting(Reject::location, Reject::reason).containsExactly(
                tuple("line 1, column 4",
                        "column '2020 [YR2017]' is not a year column (expected 2019 or 2019 [YR2019]); its values are not read"),
                tuple("line 2, column 2019 [YR2019]", "value 'n.v.' is not a number"),
                tuple("line 3", "row has no country name or code"));
        assertThat(result.rejects()).allSatisfy(r -> {
            assertThat(r.step()).isEqualTo("ingestStats");
            assertThat(r.file()).isEqualTo("worldbank_IT.NET.BBND.P2_broken.csv");
        });
        assertThat(result.facts()).extracting(Fact::region, Fact::period)
                .containsExactly(tuple("China", "2018"),
                        tuple("India", "2018"),
                        tuple("India", "2019"));
    }

    @Test
    void aWideFileWithNoIndicatorAnywhereIsOneRejectSayingHowToFixIt() {
        // given
        String export = "Country Name,2019 [YR2019]\nChina,31.34\nIndia,1.38\n";

        // when
        var result = readText("broadband.csv", export);

        // then
        assertThat(result.facts()).isEmpty();
        assertThat(result.rejects()).singleElement().satisfies(r -> {
            assertThat(r.location()).isNull();
            assertThat(r.reason()).contains("indicator code in its file name").contains("profile with metric and unit");
        });
    }

    @Test
    void aProfileNamingTheMetricRescuesAWideFileWithNoIndicator() {
        // given
        String export = "Country Name,2019 [YR2019]\nChina,31.34\n";

        // when
        var result = readText("broadband.csv", export, Optional.of(SourceProfile.ofMetric("IT.NET.BBND.P2", null)));

        // then
        Fact fact = result.only("fixed_broadband_subscriptions_per_100_people", "China", "2019").fact();
        assertThat(fact.value()).isEqualTo(new BigDecimal("31.34"));
        assertThat(fact.unit()).isEqualTo("subscriptions per 100 people");
    }

    static String fixtureText(String name) throws IOException {
        try (InputStream in = StatsFixtures.resource("stats/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        }
    }
}
