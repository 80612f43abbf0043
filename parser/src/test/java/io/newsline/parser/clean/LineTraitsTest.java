package io.newsline.parser.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineTraitsTest {
    @Test
    void findsAChineseCharacterInChineseAndInKoreanWithHanja() {
        assertThat(LineTraits.hasIdeograph("阅读(326) · 7条评论")).isTrue();
        assertThat(LineTraits.hasIdeograph("尹 대통령, 국회 연설")).isTrue();
        assertThat(LineTraits.hasIdeograph("𠮷野家")).isTrue(); // a character outside the BMP, then BMP ones
        assertThat(LineTraits.hasIdeograph("𠮷")).isTrue();
    }

    @Test
    void findsNoChineseCharacterInHangulLatinOrFullWidthDigits() {
        assertThat(LineTraits.hasIdeograph("입력 2025.01.24 14:55 | 수정 2025.01.24")).isFalse();
        assertThat(LineTraits.hasIdeograph("Posted 3 hours ago · 12 comments")).isFalse();
        assertThat(LineTraits.hasIdeograph("２０２５：")).isFalse();
    }

    @Test
    void findsOnlyAsciiDigits() {
        assertThat(LineTraits.hasAsciiDigit("page 2")).isTrue();
        assertThat(LineTraits.hasAsciiDigit("２０２５年１月")).isFalse();
        assertThat(LineTraits.hasAsciiDigit("")).isFalse();
    }
}
