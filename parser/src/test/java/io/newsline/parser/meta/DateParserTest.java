package io.newsline.parser.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private final DateParser parser = new DateParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2025-05-15T20:00:52.000+0900 | 2025-05-15T20:00:52+09:00",
        "2025-05-15T20:00:52+09:00    | 2025-05-15T20:00:52+09:00",
        "2025-05-15T11:00:52Z         | 2025-05-15T11:00:52Z",
        "2025-05-15T20:00:52+09       | 2025-05-15T20:00:52+09:00",
        "2025.01.24 14:55             | 2025-01-24T14:55+09:00",
        "2025-05-28 01:05:24          | 2025-05-28T01:05:24+09:00",
        "2014-03-07 오후 5:31          | 2014-03-07T17:31+09:00",
        "2025년 1월 24일 오전 9:05      | 2025-01-24T09:05+09:00",
        "2025.01.24. 14:55 KST        | 2025-01-24T14:55+09:00",
        "2025-01-24                   | 2025-01-24T00:00+09:00",
        "Fri, 24 Jan 2025 05:55:00 GMT | 2025-01-24T05:55Z",
        "Fri, 24 Jan 2025 14:55:00 +0900 | 2025-01-24T14:55+09:00",
        "January 24, 2025             | 2025-01-24T00:00+09:00",
        "1737698100                   | 2025-01-24T05:55Z",
        "1737698100000                | 2025-01-24T05:55Z",
    })
    void readsTheDateFormsNewsPagesPrint(String text, String expected) {
        assertThat(parser.parse(text, SEOUL)).hasValue(OffsetDateTime.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"2025.01.24 14:55 | 2025-01-24T14:55Z"})
    void takesABareLocalTimeInTheGivenZone(String text, String expected) {
        assertThat(parser.parse(text, ZoneId.of("UTC"))).hasValue(OffsetDateTime.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "어제", "2025-13-45", "not a date", "12:30"})
    void rejectsTextThatIsNotADate(String text) {
        assertThat(parser.parse(text, SEOUL)).isEmpty();
    }
}
