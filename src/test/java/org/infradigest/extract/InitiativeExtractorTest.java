package org.infradigest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.infradigest.domain.Initiative;
import org.infradigest.domain.OperatorMention;
import org.junit.jupiter.api.Test;

class InitiativeExtractorTest {

    private static final Lexicon LEXICON = Lexicon.fromClasspath();
    private final InitiativeExtractor extractor = new InitiativeExtractor(LEXICON);
    private final SentenceSplitter splitter = new SentenceSplitter(new NumberGrammar());

    private List<Initiative> initiatives(String body) {
        return extractor.extract(splitter.split(body), "test.txt");
    }

    @Test
    void readsWhatAnOperatorsRegionalUnitIsDoing() {
        // when
        List<Initiative> found = initiatives("Meanwhile, Reliance Jio's Mumbai unit is rolling out 5G standalone cores. "
                + "China Telecom's Shanghai branch has launched a 10-gigabit optical pilot.");
        // then
        assertThat(found).extracting(Initiative::operator, Initiative::region, Initiative::action)
                .containsExactly(tuple("Reliance Jio", "Mumbai", "rolling out 5G standalone cores"),
                        tuple("China Telecom", "Shanghai", "has launched a 10-gigabit optical pilot"));
    }

    @Test
    void readsAnOperatorAsSubjectOfAPlan() {
        assertThat(initiatives("Bharti Airtel will deploy 5G in every district by March."))
                .extracting(Initiative::operator, Initiative::region, Initiative::action)
                .containsExactly(tuple("Bharti Airtel", null, "deploy 5G in every district by March"));
    }

    @Test
    void givesThePledgeOfAnOperatorExecutiveToTheOperatorsUnit() {
        // when
        List<Initiative> found = initiatives("Chen Haibo, general manager of China Unicom's Beijing unit, pledged "
                + "stronger computing infrastructure. He said the company will ramp up cloud investment.");
        // then
        assertThat(found).extracting(Initiative::operator, Initiative::region, Initiative::action)
                .containsExactly(tuple("China Unicom", "Beijing", "stronger computing infrastructure"),
                        tuple("China Unicom", "Beijing", "ramp up cloud investment"));
    }

    @Test
    void makesNoInitiativeFromAPledgeByANonOperatorOrByOperatorsInGeneral() {
        assertThat(initiatives("Lu Jianwen, director of the Beijing Communications Administration, pledged faster "
                + "upgrades. Telecom operators vowed to advance new digital infrastructure.")).isEmpty();
    }

    @Test
    void listsEachOperatorAndRegionalUnitOnce() {
        // when
        List<OperatorMention> found = extractor.mentions("China Mobile's Beijing branch is upgrading. China Mobile's "
                + "Beijing branch said more. Liu Junwei, China Mobile's chief expert, spoke. Jio grew.", "test.txt");
        // then
        assertThat(found).extracting(OperatorMention::operator, OperatorMention::region, OperatorMention::unit)
                .containsExactly(tuple("China Mobile", "Beijing", "Beijing branch"), tuple("China Mobile", null, null),
                        tuple("Reliance Jio", null, null));
    }
}
