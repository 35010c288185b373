package org.infradigest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.infradigest.domain.Statement;
import org.junit.jupiter.api.Test;

class StatementExtractorTest {

    private static final Lexicon LEXICON = Lexicon.fromClasspath();
    private final StatementExtractor extractor = new StatementExtractor(LEXICON);
    private final SentenceSplitter splitter = new SentenceSplitter(new NumberGrammar());

    private List<Statement> statements(String body) {
        return extractor.extract(splitter.split(body), "test.txt");
    }

    @Test
    void readsAnOrganisationRoleBeforeTheName() {
        // when
        List<Statement> found = statements("China Mobile vice president Zhang Dong told the conference that the "
                + "operator's network reaches 96 per cent of the population.");
        // then
        assertThat(found).extracting(Statement::speaker, Statement::role, Statement::organisation, Statement::text)
                .containsExactly(tuple("Zhang Dong", "vice president", "China Mobile",
                        "the operator's network reaches 96 per cent of the population"));
    }

    @Test
    void readsAQuotedAsSayingAndASurnameFollowUp() {
        // when
        List<Statement> found = statements("The portal quoted China Unicom deputy general manager Hao Liqian as saying "
                + "the operator's tally is rising. Hao added that the company runs private networks.");
        // then
        assertThat(found).extracting(Statement::speaker, Statement::role, Statement::organisation)
                .containsExactly(tuple("Hao Liqian", "deputy general manager", "China Unicom"),
                        tuple("Hao Liqian", "deputy general manager", "China Unicom"));
        assertThat(found.get(1).text()).isEqualTo("the company runs private networks");
    }

    @Test
    void keepsARoleWithoutAnOrganisationWhenTheTextGivesNone() {
        // when
        List<Statement> found = statements("Speaking in March, Jin Zhuanglong, the minister of industry and "
                + "information technology, said China intends to build more.");
        // then
        assertThat(found).extracting(Statement::speaker, Statement::role, Statement::organisation)
                .containsExactly(tuple("Jin Zhuanglong", "minister of industry and information technology", null));
    }

    @Test
    void takesNoRoleFromWorldKnowledge() {
        // given a namesake of a famous person
        List<Statement> found = statements("Li Qiang, general manager of China Mobile's Beijing branch, said that "
                + "innovation is critical.");
        // then the role is the one written
        assertThat(found).extracting(Statement::role, Statement::organisation)
                .containsExactly(tuple("general manager", "China Mobile Beijing branch"));
    }

    @Test
    void ignoresOrganisationsAndUnknownSurnamesAsSpeakers() {
        assertThat(statements("Ofcom says over eight million homes can get full fibre. The ministry also noted growth. "
                + "According to C114.net, China Mobile says it operates about 2.4 million stations.")).isEmpty();
    }
}
