package org.infradigest.publish;

import org.infradigest.domain.Qualifier;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class FigureFormatTest {

    @Test
    void spellsPlainValuesWithoutExponentGroupingOrTrailingZeros() {
        assertThat(FigureFormat.plain(new BigDecimal("1.6E+4"))).isEqualTo("16000");
        assertThat(FigureFormat.plain(new BigDecimal("4250000.000"))).isEqualTo("4250000");
        assertThat(FigureFormat.plain(new BigDecimal("36.30"))).isEqualTo("36.3");
        assertThat(FigureFormat.plain(new BigDecimal("0.000"))).isEqualTo("0");
        assertThat(FigureFormat.plain(new BigDecimal("-0.50"))).isEqualTo("-0.5");
    }

    @Test
    void spellsFiguresForPeopleWithThousandsSeparatorsAndTheirQualifier() {
        assertThat(FigureFormat.qualified(new BigDecimal("16000"), Qualifier.NEARLY, false)).isEqualTo("nearly 16,000");
        assertThat(FigureFormat.qualified(new BigDecimal("2640000"), Qualifier.OVER, false)).isEqualTo("over 2,640,000");
        assertThat(FigureFormat.qualified(new BigDecimal("36.3"), Qualifier.EXACT, true)).isEqualTo("36.3%");
        assertThat(FigureFormat.qualified(new BigDecimal("61"), Qualifier.RANGE_MIN, true)).isEqualTo("from 61%");
        assertThat(FigureFormat.qualified(new BigDecimal("97"), Qualifier.RANGE_MAX, true)).isEqualTo("up to 97%");
        assertThat(FigureFormat.qualified(new BigDecimal("20.8"), null, false)).isEqualTo("20.8");
    }

    @Test
    void showsAUnitWithoutUnderscoresAndFallsBackToTheLexicon() {
        MetricInfo metric = new MetricInfo("towers", "Telecom towers", "towers");
        assertThat(FigureFormat.unitLabel("base_stations", metric)).isEqualTo("base stations");
        assertThat(FigureFormat.unitLabel(null, metric)).isEqualTo("towers");
    }
}
