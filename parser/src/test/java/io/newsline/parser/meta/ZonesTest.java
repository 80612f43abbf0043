package io.newsline.parser.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ZonesTest {
    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(delimiter = '|', value = {
        "ko         | news.example.com   | Asia/Seoul",
        "ko-KR      | news.example.com   | Asia/Seoul",
        "zh-CN      | news.example.com   | Asia/Shanghai",
        "zh         | news.example.cn    | Asia/Shanghai",
        "zh         | news.example.com   | Asia/Shanghai",
        "zh-TW      | news.example.com   | Asia/Taipei",
        "zh-Hant-TW | news.example.com   | Asia/Taipei",
        "zh-Hant    | news.example.com.tw | Asia/Taipei",
        "zh         | news.example.hk    | Asia/Hong_Kong",
        "zh-HK      | news.example.com   | Asia/Hong_Kong",
        "           | news.example.cn    | Asia/Shanghai",
        "           | news.example.co.kr | Asia/Seoul",
    })
    void guessesThePageZoneFromLanguageThenCountryDomain(String language, String host, String zone) {
        assertThat(Zones.forPage(language, host)).hasValue(ZoneId.of(zone));
    }
}
