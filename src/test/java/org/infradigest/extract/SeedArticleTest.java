package org.infradigest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.infradigest.domain.Article;
import org.infradigest.domain.Extraction;
import org.infradigest.domain.Fact;
import org.infradigest.domain.Initiative;
import org.infradigest.domain.OperatorMention;
import org.infradigest.domain.Qualifier;
import org.infradigest.domain.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed article "Beijing pins focus on digital future", read end to end. */
class SeedArticleTest {

    private static Extraction extraction;

    @BeforeAll
    static void readTheSeed() {
        // given the seed article, which has no header block and no date
        Article seed = NewsFixture.article("corpus/news/00_seed-beijing-digital-future.txt");
        // when the engine reads it
        extraction = ExtractionEngine.fromClasspath().extract(seed);
    }

    @Test
    void yieldsExactlyTheThreeCoreFiguresAndNothingFromTheTopNewsList() {
        assertThat(extraction.facts())
                .extracting(Fact::metric, f -> f.value().toPlainString(), Fact::region, Fact::operator, Fact::period,
                        Fact::qualifier)
                .containsExactly(
                        tuple("base_stations_5g_advanced", "16000", "Beijing", null, null, Qualifier.NEARLY),
                        tuple("foreign_vats_firms_approved_net_added", "6", "Beijing", null, null, Qualifier.EXACT),
                        tuple("foreign_vats_firms_approved", "10", "Beijing", null, null, Qualifier.EXACT));
        assertThat(extraction.facts()).noneMatch(f -> f.sentence().contains("Trump"));
    }

    @Test
    void namesTheFourOperatorsBeijingBranches() {
        assertThat(extraction.operators())
                .extracting(OperatorMention::operator, OperatorMention::region, OperatorMention::unit)
                .contains(tuple("China Mobile", "Beijing", "Beijing branch"), tuple("China Unicom", "Beijing", "Beijing branch"),
                        tuple("China Telecom", "Beijing", "Beijing branch"), tuple("China Tower", "Beijing", "Beijing branch"));
    }

    @Test
    void findsWhatEachOperatorIsDoingInBeijing() {
        assertThat(extraction.initiatives()).extracting(Initiative::operator, Initiative::region, Initiative::action)
                .contains(tuple("China Mobile", "Beijing", "upgrading computing-network infrastructure"),
                        tuple("China Unicom", "Beijing",
                                "advancing 5G/5G-A networks and 10-gigabit optical network pilot communities"),
                        tuple("China Telecom", "Beijing", "accelerating the implementation of digital innovation technologies"),
                        tuple("China Tower", "Beijing",
                                "has built extensive 5G base stations to drive efficient network establishment"));
    }

    @Test
    void attributesTheCompanysPledgeToTheOperatorOfTheExecutiveWhoSpokeBefore() {
        assertThat(extraction.initiatives())
                .filteredOn(i -> i.sentence().startsWith("The company will enhance"))
                .extracting(Initiative::operator, Initiative::region)
                .containsExactly(tuple("China Mobile", "Beijing"));
    }

    @Test
    void findsTheSpeakersWithTheRolesTheArticleGivesThem() {
        assertThat(extraction.statements()).extracting(Statement::speaker, Statement::role, Statement::organisation)
                .contains(tuple("Lu Jianwen", "director", "Beijing Communications Administration"),
                        tuple("Li Qiang", "general manager", "China Mobile Beijing branch"),
                        tuple("Liu Junwei", "chief expert", "China Mobile"),
                        tuple("Chen Haibo", "general manager", "China Unicom Beijing unit"),
                        tuple("Kou Fengda", "general manager", "China Telecom Beijing branch"),
                        tuple("Wang Yu", "professor", "Tsinghua University"));
    }

    @Test
    void attributesFollowUpQuotesAndPronounsToTheLastPersonNamed() {
        assertThat(extraction.statements()).filteredOn(s -> s.speaker().equals("Lu Jianwen"))
                .extracting(Statement::text)
                .containsExactly("Beijing will further expand opening-up in the telecom sector",
                        "Beijing is among the first four pilot cities in China to open value-added telecom services to "
                                + "foreign investment, leading the nation in both the number of approved foreign enterprises "
                                + "and the variety of permitted services",
                        "to accelerate upgrades in networks such as 5G, gigabit optical networks and computing power "
                                + "infrastructure to bolster new quality productive forces");
    }

    @Test
    void readsTheTwoLicenceApprovals() {
        assertThat(extraction.licences()).hasSize(2);
        assertThat(extraction.licences().get(0)).satisfies(l -> {
            assertThat(l.region()).isEqualTo("Beijing");
            assertThat(l.firms()).isEqualTo(6);
            assertThat(l.cumulative()).isFalse();
            assertThat(l.batch()).isEqualTo("second batch");
            assertThat(l.service()).isEqualTo("value-added telecom services");
            assertThat(l.namedFirms()).isEqualTo("Cummins' China branch");
        });
        assertThat(extraction.licences().get(1)).satisfies(l -> {
            assertThat(l.region()).isEqualTo("Beijing");
            assertThat(l.firms()).isEqualTo(10);
            assertThat(l.cumulative()).isTrue();
        });
    }
}
