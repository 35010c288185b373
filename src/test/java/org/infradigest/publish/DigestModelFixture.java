package org.infradigest.publish;

import org.infradigest.domain.Fact;
import org.infradigest.domain.Initiative;
import org.infradigest.domain.LicenceApproval;
import org.infradigest.domain.OperatorMention;
import org.infradigest.domain.Origin;
import org.infradigest.domain.Qualifier;
import org.infradigest.domain.Reject;
import org.infradigest.domain.Statement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds digest models from the seed article (Beijing, nearly 16,000 5G-A base stations, Lu Jianwen,
 * Li Qiang, the operators' Beijing branches, six and ten foreign licences) and real figures of the
 * development corpus, so tests read like the nightly run they stand for.
 */
public final class DigestModelFixture {

    public static final LocalDate RUN_DATE = LocalDate.of(2025, 5, 18);
    public static final Instant GENERATED_AT = Instant.parse("2025-05-19T02:00:00Z");
    public static final String SEED = "seeds/000_3f579140b743d539.txt";
    public static final String PEOPLE_2023 = "http://en.people.cn/n3/2023/0420/c90000-20008817.html";
    public static final String PEOPLE_2025 = "http://en.people.cn/n3/2025/0924/c90000-20370199.html";
    public static final String XINHUA_SHANGHAI = "http://en.people.cn/n3/2022/0611/c90000-10108485.html";
    public static final String SEED_16000 = "Beijing has deployed nearly 16,000 5G-Advanced (5G-A) base stations and "
            + "leads Chinese cities in 5G base station density per 10,000 people, municipal authorities said recently.";

    private final List<DigestFact> facts = new ArrayList<>();
    private final List<Statement> statements = new ArrayList<>();
    private final List<Initiative> initiatives = new ArrayList<>();
    private final List<OperatorMention> operators = new ArrayList<>();
    private final List<LicenceApproval> licences = new ArrayList<>();
    private final List<SourceEntry> sources = new ArrayList<>();
    private final List<Reject> rejects = new ArrayList<>();
    private final Map<String, MetricInfo> metrics = new LinkedHashMap<>();

    private DigestModelFixture() {
        metric("base_stations_5g", "5G base stations", "stations");
        metric("base_stations_5g_advanced", "5G-Advanced base stations", "stations");
        metric("base_stations_5g_share_of_mobile", "5G share of mobile base stations", "percent");
        metric("base_station_density_5g_per_10k_people", "5G base stations per 10,000 people", "stations per 10k people");
        metric("mobile_subscribers_5g", "5G mobile users", "users");
        metric("mobile_subscribers", "Mobile users", "users");
        metric("capex", "Capital expenditure", "currency");
        metric("towers", "Telecom towers", "towers");
        metric("foreign_vats_firms_approved", "Foreign VATS firms approved (to date)", "firms");
        metric("foreign_vats_firms_approved_net_added", "Foreign VATS firms approved (batch)", "firms");
        metric("full_fibre_coverage", "Full-fibre coverage", "percent");
    }

    /** An empty model for the run date. */
    public static DigestModelFixture empty() {
        return new DigestModelFixture();
    }

    /** What the seed article gives: Beijing's figures, statements, initiatives and licences. */
    public static DigestModelFixture beijingSeed() {
        DigestModelFixture f = new DigestModelFixture();
        f.source(SEED, "Beijing pins focus on digital future", null, "text", 3);
        f.news("base_stations_5g_advanced", "16000", "base_stations", "Beijing", null, null, Qualifier.NEARLY,
                SEED, SEED_16000, true);
        f.news("foreign_vats_firms_approved_net_added", "6", "enterprises", "Beijing", null, null, Qualifier.EXACT,
                SEED, "Six foreign-funded companies, including Cummins' China branch, have secured approval for the "
                        + "second batch of pilot operations in value-added telecom services such as internet service "
                        + "providers.", true);
        f.news("foreign_vats_firms_approved", "10", "enterprises", "Beijing", null, null, Qualifier.EXACT,
                SEED, "To date, 10 foreign firms in Beijing have obtained such permits.", false);
        f.statements.add(new Statement("Lu Jianwen", "director", "Beijing Communications Administration",
                "Beijing will further expand opening-up in the telecom sector.", SEED));
        f.statements.add(new Statement("Lu Jianwen", "director", "Beijing Communications Administration",
                "Beijing is among the first four pilot cities in China to open value-added telecom services to "
                        + "foreign investment, leading the nation in both the number of approved foreign enterprises "
                        + "and the variety of permitted services.", SEED));
        f.statements.add(new Statement("Li Qiang", "general manager", "China Mobile's Beijing branch",
                "Intelligence-driven digital innovation is critical to Beijing's socio-economic development.", SEED));
        f.statements.add(new Statement("Wang Yu", "professor", "Tsinghua University",
                "Current hardware upgrades offer limited gains, but software optimization holds vast potential to "
                        + "improve cost-performance ratios.", SEED));
        f.initiative("China Mobile", "upgrading computing-network infrastructure",
                "For instance, China Mobile's Beijing branch is upgrading computing-network infrastructure.");
        f.initiative("China Unicom", "advancing 5G/5G-A networks and 10-gigabit optical network pilot communities",
                "China Unicom's Beijing branch is advancing 5G/5G-A networks and 10-gigabit optical network pilot "
                        + "communities.");
        f.initiative("China Telecom", "accelerating the implementation of digital innovation technologies",
                "China Telecom's Beijing branch is accelerating the implementation of digital innovation "
                        + "technologies.");
        f.initiative("China Tower", "has built extensive 5G base stations to drive efficient network establishment",
                "China Tower's Beijing branch has built extensive 5G base stations to drive efficient network "
                        + "establishment.");
        f.licences.add(new LicenceApproval("Beijing", 6, false, "second batch", "value-added telecom services",
                "Cummins' China branch", SEED, "Six foreign-funded companies, including Cummins' China branch, have "
                + "secured approval for the second batch of pilot operations in value-added telecom services."));
        f.licences.add(new LicenceApproval("Beijing", 10, true, null, null, null, SEED,
                "To date, 10 foreign firms in Beijing have obtained such permits."));
        return f;
    }

    /** Adds national and city figures from the development corpus, including a percent and a CNY window. */
    public DigestModelFixture withCorpusFigures() {
        source(PEOPLE_2023, "China's 5G base station count passes 2.64 mln by end-March", LocalDate.of(2023, 4, 20),
                "text", 1);
        source(PEOPLE_2025, "China's 5G base stations approach 4.65 million", LocalDate.of(2025, 9, 24), "text", 2);
        source(XINHUA_SHANGHAI, "Shanghai's 5G base stations top 51,000", LocalDate.of(2022, 6, 11), "html", 2);
        news("base_stations_5g", "2640000", "base_stations", "China", null, "2023-03", Qualifier.OVER, PEOPLE_2023,
                "BEIJING, April 20 (Xinhua) -- China had more than 2.64 million 5G base stations in service by the "
                        + "end of March this year, according to figures released on Thursday by China's Ministry of "
                        + "Industry and Information Technology (MIIT).", false);
        news("base_stations_5g", "4650000", "base_stations", "China", null, "2025-08", Qualifier.NEARLY, PEOPLE_2025,
                "BEIJING, Sept. 23 (Xinhua) -- China had almost 4.65 million 5G base stations by the end of August, "
                        + "according to official figures published on Tuesday.", true);
        news("base_stations_5g_share_of_mobile", "36.3", "percent", "China", null, "2025-08", Qualifier.EXACT,
                PEOPLE_2025, "That is 36.3 percent of all mobile base stations in the country, the Ministry of "
                        + "Industry and Information Technology said.", true);
        news("base_stations_5g", "51716", "base_stations", "Shanghai", null, "2022-04", Qualifier.EXACT,
                XINHUA_SHANGHAI, "SHANGHAI, June 10 (Xinhua) -- Local authorities said on Friday that Shanghai, "
                        + "China's financial center, had 51,716 5G base stations in place by the end of April, "
                        + "giving it 20.8 5G base stations for every 10,000 residents.", false);
        news("capex", "37560000000", "CNY", "Shanghai", null, "2019-06/2022-04", Qualifier.EXACT, XINHUA_SHANGHAI,
                "Since June 2019, Shanghai has invested 37.56 billion yuan in telecom infrastructure.", false);
        return this;
    }

    /** Adds {@code count} generated statistics facts, as a large World Bank-like import would. */
    public DigestModelFixture withManyFacts(int count) {
        for (int file = 0; file < 7; file++) {
            source("stats/worldbank-" + file + ".csv", "World Bank fixed broadband, part " + file, null, "worldbank",
                    count / 7);
        }
        for (int i = 0; i < count; i++) {
            String region = "Region " + (i % 250);
            news("fixed_broadband_subscriptions_per_100_people", String.valueOf(10 + (i % 900) / 10.0), "subscriptions_per_100_people",
                    region, null, String.valueOf(2000 + i / 250), Qualifier.EXACT, "stats/worldbank-" + (i % 7) + ".csv",
                    region + "," + (2000 + i / 250) + "," + (10 + (i % 900) / 10.0), false);
        }
        return this;
    }

    /** Adds {@code count} long statements by distinct speakers. */
    public DigestModelFixture withManyStatements(int count) {
        for (int i = 0; i < count; i++) {
            statements.add(new Statement("Speaker Number " + i, "deputy general manager for network planning",
                    "Provincial Communications Administration of Somewhere " + i,
                    "We will keep building. ".repeat(40), "https://example.org/news/" + i));
        }
        return this;
    }

    public DigestModelFixture withFact(Fact fact, boolean isNew) {
        facts.add(new DigestFact(fact, isNew));
        return this;
    }

    public DigestModelFixture withStatement(Statement statement) {
        statements.add(statement);
        return this;
    }

    public DigestModelFixture withReject(Reject reject) {
        rejects.add(reject);
        return this;
    }

    public DigestModelFixture withSource(SourceEntry source) {
        sources.add(source);
        return this;
    }

    public DigestModel build() {
        return new DigestModel(RUN_DATE, GENERATED_AT, facts, statements, initiatives, operators, licences,
                sources, rejects, metrics);
    }

    /** A fact with everything spelled out, for tests that need one odd value. */
    public static Fact fact(String metric, String value, String unit, String region, String source, String sentence) {
        return new Fact(metric, new BigDecimal(value), unit, region, null, null, Qualifier.EXACT, Origin.NEWS,
                source, sentence);
    }

    private void news(String metric, String value, String unit, String region, String operator, String period,
                      Qualifier qualifier, String source, String sentence, boolean isNew) {
        Origin origin = source.startsWith("stats/") ? Origin.STATISTICS : Origin.NEWS;
        facts.add(new DigestFact(new Fact(metric, new BigDecimal(value), unit, region, operator, period, qualifier,
                origin, source, sentence), isNew));
    }

    private void initiative(String operator, String action, String sentence) {
        operators.add(new OperatorMention(operator, "Beijing", "Beijing branch", SEED));
        initiatives.add(new Initiative(operator, "Beijing", action, SEED, sentence));
    }

    private void source(String source, String title, LocalDate published, String format, int count) {
        sources.add(new SourceEntry(source, title, published, format, count));
    }

    private void metric(String key, String label, String unit) {
        metrics.put(key, new MetricInfo(key, label, unit));
    }
}
