package io.newsline.parser.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
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
        "蜜蜂在油菜花间采蜜。（摄影：周明远）     | 蜜蜂在油菜花间采蜜。        | 周明远",
        "5/6 蜜蜂在油菜花间采蜜。（图/周明远）    | 蜜蜂在油菜花间采蜜。        | 周明远",
    })
    void splitsCaptionAndCredit(String text, String caption, String credit) {
        assertThat(Captions.parse(text)).isEqualTo(new Captions.Caption(caption, credit));
    }

    @Test
    void looksForTheCreditOnlyNearTheEndOfTheCaption() {
        String longCaption = "x".repeat(Captions.CREDIT_SPAN);

        assertThat(Captions.parse("ⓒ " + longCaption).credit()).isNull();
        assertThat(Captions.parse("(사진=" + longCaption + ")").credit()).isNull();
        assertThat(Captions.parse(longCaption + " (사진=연합뉴스)")).isEqualTo(new Captions.Caption(longCaption, "연합뉴스"));
    }

    @Test
    void splitsAHostileCaptionOfNinetyKilobytes() {
        // before the credit span, the credit expressions took 107 s on this caption: every 사진= is a start, each scanned to the end
        String hostile = "사진=".repeat(30_000) + ")x";

        assertThat(Captions.parse(hostile)).isEqualTo(new Captions.Caption(hostile, null));
    }

    @Test
    void takesALineEndingInALabelledPhotographerCreditForACaption() {
        assertThat(Captions.isCaptionLine("1/6游客在花田边拍照留念。（摄影：周明远）")).isTrue();
        assertThat(Captions.isCaptionLine("他说，这张照片的构图很好（图：示意）还需要再拍一次，因为光线不够，明天上午再来拍。")).isFalse();
    }
}
