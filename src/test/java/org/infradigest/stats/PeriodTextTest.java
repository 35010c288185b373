package org.infradigest.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class PeriodTextTest {

    /** The expressions the cells were read with before. */
    private static final String POINT = "\\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01]))?)?";
    private static final Pattern PERIOD = Pattern.compile(POINT + "(?:/" + POINT + ")?");
    private static final Pattern SPREADSHEET_YEAR = Pattern.compile("^(\\d{4})\\.0+$");

    /** Digits and the pieces around them, Arabic-Indic digits (not {@code \d}) and line ends ({@code $}) too. */
    private static final String[] PIECES = {"2019", "1999", "20", "0", "1", "2", "3", "9", "00", "01", "12", "13",
        "29", "30", "31", "32", "-", "/", ".", ".0", "0", " ", "\t", "\n", "\u2028", "\u0085", "\u0662\u0660", "x",
        "-0", "-1", "-3"};

    @Test
    void readsCellsAsTheExpressionsDid() {
        SplittableRandom random = new SplittableRandom(7);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder cell = new StringBuilder();
            for (int i = random.nextInt(9); i > 0; i--) {
                cell.append(PIECES[random.nextInt(PIECES.length)]);
            }
            assertThat(PeriodText.period(cell.toString())).as("'%s'", cell).isEqualTo(byExpressions(cell.toString()));
        }
    }

    @Test
    void readsTheSpellingsFactsCsvAccepts() {
        assertThat(PeriodText.period(" 2019.0 ")).contains("2019");
        assertThat(PeriodText.period("2024-02-29/2024-12")).contains("2024-02-29/2024-12");
        assertThat(PeriodText.period("2024-13")).isEmpty();
        assertThat(PeriodText.period("2024-1")).isEmpty();
        assertThat(PeriodText.period("2024/")).isEmpty();
    }

    private static Optional<String> byExpressions(String cell) {
        String text = SPREADSHEET_YEAR.matcher(cell.trim()).replaceFirst("$1");
        return PERIOD.matcher(text).matches() ? Optional.of(text) : Optional.empty();
    }
}
