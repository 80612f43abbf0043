package io.newsline.parser.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaptionsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "▲ 김황식ⓒ연합뉴스                 | 김황식                  | 연합뉴스",
        "▲ 도널드 트럼프 미국 대통령. ⓒ 뉴데일리 DB | 도널드 트럼프 미국 대통령. | 뉴데일리 DB",
        "트럼프 대통령. (사진=연합뉴스)       | 트럼프 대통령.           | 연합뉴스",
        "△ 서울 시내 모습                   | 서울 시내 모습            | null",
        "Photo of a harbour © Jane Doe     | Photo of a harbour       | Jane Doe",
    })
    void splitsCaptionAndCredit(String text, String caption, String credit) {
        assertThat(Captions.parse(text)).isEqualTo(new Captions.Caption(caption, credit));
    }
}
