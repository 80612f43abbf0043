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
        "24 January 2025, 10:30 GMT   | 2025-01-24T10:30Z",
        "24 Jan 2025                  | 2025-01-24T00:00+09:00",
        "2025. 1. 24. 10:30           | 2025-01-24T10:30+09:00",
        "2025.01.24 (10:30)           | 2025-01-24T10:30+09:00",
        "2025.01.24 (금) 10:30         | 2025-01-24T10:30+09:00",
        "1737698100                   | 2025-01-24T05:55Z",
        "1737698100000                | 2025-01-24T05:55Z",
    })
    void readsTheDateFormsNewsPagesPrint(String text, String expected) {
        assertThat(parser.parse(text, SEOUL)).hasValue(OffsetDateTime.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2025年01月24日 10:30              | 2025-01-24T10:30+08:00",
        "2025年1月24日10:30                | 2025-01-24T10:30+08:00",
        "2025年1月24日 10时30分             | 2025-01-24T10:30+08:00",
        "2025年01月24日 下午3:05            | 2025-01-24T15:05+08:00",
        "2025年1月24日 星期五 10:30          | 2025-01-24T10:30+08:00",
        "2025-01-24 10:30:00 来源：新华网      | 2025-01-24T10:30+08:00",
        "2025/01/24 10:30:15               | 2025-01-24T10:30:15+08:00",
        "2025.01.24 10:30                  | 2025-01-24T10:30+08:00",
        "2025-01-24T10:30:00+0800          | 2025-01-24T10:30+08:00",
        "2025-01-24T10:30:00.000+0800      | 2025-01-24T10:30+08:00",
        "2025-01-24 10:30:00 +0800         | 2025-01-24T10:30+08:00",
        "2025年01月24日                     | 2025-01-24T00:00+08:00",
        "2025年1月24日 晚上8点30分            | 2025-01-24T20:30+08:00",
        "2025年1月24日 20点30分              | 2025-01-24T20:30+08:00",
        "2025年1月24日 中午12:30             | 2025-01-24T12:30+08:00",
        "2025年1月24日 中午1:05              | 2025-01-24T13:05+08:00",
        "2025-01-24 凌晨1:10                | 2025-01-24T01:10+08:00",
        "2025年1月24日 早上7:45              | 2025-01-24T07:45+08:00",
        "2025年1月24日 上午12:15             | 2025-01-24T00:15+08:00",
        "２０２５年１月２４日 １０：１６          | 2025-01-24T10:16+08:00",
        "２０２５－０１－２４                  | 2025-01-24T00:00+08:00",
        "2025 01/24 10:16:48                | 2025-01-24T10:16:48+08:00",
    })
    void readsChineseDateFormsInChinaTime(String text, String expected) {
        assertThat(parser.parse(text, ZoneId.of("Asia/Shanghai"))).hasValue(OffsetDateTime.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2025-01-24 오전 10:30        | 2025-01-24T10:30+09:00",
        "2025-01-24 오후 3:05         | 2025-01-24T15:05+09:00",
        "2025-01-24 오후 12:10        | 2025-01-24T12:10+09:00",
        "2025-01-24 오전 12:10        | 2025-01-24T00:10+09:00",
        "2025.01.24. 오후 3:05        | 2025-01-24T15:05+09:00",
        "2025년 1월 24일 (금) 오후 3시 5분 | 2025-01-24T15:05+09:00",
        "2025년 01월 24일 10시 30분     | 2025-01-24T10:30+09:00",
        "2025-01-24 10:30:15         | 2025-01-24T10:30:15+09:00",
        "2025.01.24 새벽 2:30         | 2025-01-24T02:30+09:00",
    })
    void readsKoreanTwelveHourTimes(String text, String expected) {
        assertThat(parser.parse(text, SEOUL)).hasValue(OffsetDateTime.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2025年1月24日 午後3時5分    | 2025-01-24T15:05+09:00",
        "2025年1月24日 午前11時30分  | 2025-01-24T11:30+09:00",
    })
    void readsJapaneseTwelveHourTimes(String text, String expected) {
        assertThat(parser.parse(text, ZoneId.of("Asia/Tokyo"))).hasValue(OffsetDateTime.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"2025-01-24 | false", "2025年1月24日 | false", "2025-01-24 10:30 | true",
        "2025-01-24T00:00:00+08:00 | true", "January 24, 2025 | false", "1737698100 | true"})
    void tellsWhetherTheTextGaveATimeOfDay(String text, boolean hasTime) {
        assertThat(parser.read(text, SEOUL)).hasValueSatisfying(r -> assertThat(r.hasTime()).isEqualTo(hasTime));
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
