package org.infradigest.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationDatesTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = ';', value = {
            "2024-08-27; 2024-08-27",
            "2024-12-13 08:00:00; 2024-12-13",
            "2022-06-11T08:00:00+08:00; 2022-06-11",
            "2022-06-11T01:00:00+08:00; 2022-06-11",
            "2024-03-19T08:00:00Z; 2024-03-19",
            "2024-03-19T08:00:00.123+0100; 2024-03-19",
            "Thu, 20 Apr 2023 08:00:00 +0000; 2023-04-20",
            "2022/10/28; 2022-10-28",
            "June 11, 2022; 2022-06-11",
            "11 June 2022; 2022-06-11",
            "Sept. 24, 2025; 2025-09-24"})
    void wholeValuesInTheLayoutsNewsSourcesUseAreDates(String value, LocalDate expected) {
        assertThat(PublicationDates.parse(value)).hasValue(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "last Tuesday", "2024-13-45", "June 2022",
            "A long sentence that happens to mention June 11, 2022 somewhere in the middle of it"})
    void valuesThatAreNoDateGiveNothing(String value) {
        assertThat(PublicationDates.parse(value)).isEmpty();
    }

    @ParameterizedTest(name = "dateline \"{0}\" is {1}")
    @CsvSource(delimiter = ';', value = {
            "June 11, 2022, 14:14 (Xinhua); 2022-06-11",
            "New Delhi, 27 August 2024; 2024-08-27",
            "Update time: 2022/10/28 15:38; 2022-10-28",
            "Published April 20, 2023, 17:09 (Xinhua); 2023-04-20"})
    void datelinesInRunningTextGiveTheirDate(String text, LocalDate expected) {
        assertThat(PublicationDates.find(text)).hasValue(expected);
    }
}
