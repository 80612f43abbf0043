package io.newsline.parser.body.generic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextMeasureTest {

    @Test
    void countsCodePointsWithoutWhitespaceAndCjkDouble() {
        assertThat(TextMeasure.length("a b\u00A0c")).isEqualTo(3);
        assertThat(TextMeasure.length("뉴스 라인")).isEqualTo(8);
        assertThat(TextMeasure.length("新闻。")).isEqualTo(5);
        assertThat(TextMeasure.length("𠀀")).isEqualTo(2);
    }

    @Test
    void treatsCjkCommasAndFullStopsAsCommas() {
        assertThat(TextMeasure.isComma('，')).isTrue();
        assertThat(TextMeasure.isComma('、')).isTrue();
        assertThat(TextMeasure.isComma('。')).isTrue();
        assertThat(TextMeasure.isComma('.')).isFalse();
    }

    @Test
    void knowsSentenceEndsInSeveralScripts() {
        assertThat(TextMeasure.endsSentence("말했다. ")).isTrue();
        assertThat(TextMeasure.endsSentence("开通运营。")).isTrue();
        assertThat(TextMeasure.endsSentence("Read more")).isFalse();
    }
}
