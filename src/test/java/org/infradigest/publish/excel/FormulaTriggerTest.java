package org.infradigest.publish.excel;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class FormulaTriggerTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil\",\"x\")", "+1", "-1+2", "@SUM(A1)", "\tcmd", "\rcmd",
            "\uFF1D1+1", "\uFF0B1", "\uFF0D1", "\uFF20SUM(A1)", "  =1+1"})
    void recognisesTextASpreadsheetWouldTakeForAFormula(String text) {
        assertThat(FormulaTrigger.startsFormula(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Beijing", "5G base stations", "http://en.people.cn/", "", "China Mobile's Beijing branch"})
    void letsOrdinaryTextThrough(String text) {
        assertThat(FormulaTrigger.startsFormula(text)).isFalse();
    }
}
