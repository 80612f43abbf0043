package io.newsline.parser.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.parser.InterruptInsideRegex;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class TextPatternTest {
    /** 63 a's and a full stop: {@code ^(.*a){20}$} tries every way of picking twenty of them before it fails. */
    private static final String MANY_AS = "a banana, ".repeat(21) + ".";

    @Test
    void interruptingTheThreadStopsACatastrophicMatchWithTheExpressionAndItsOrigin() {
        TextPattern catastrophic = TextPattern.of("^(.*a){20}$", "seeds/x.yaml:9, field extract.dropText[0]");

        InterruptInsideRegex.Ending ending = InterruptInsideRegex.run(() -> catastrophic.matcher(MANY_AS).find());

        assertThat(ending.thrown()).isInstanceOf(ExtractionInterrupted.class)
                .hasMessageContaining("'^(.*a){20}$' (seeds/x.yaml:9, field extract.dropText[0])");
        assertThat(((ExtractionInterrupted) ending.thrown()).pattern()).containsSame(catastrophic);
    }

    @Test
    void leavesTheInterruptFlagSetForTheInterrupterToClear() {
        TextPattern catastrophic = TextPattern.of("^(.*a){20}$");

        InterruptInsideRegex.Ending ending = InterruptInsideRegex.run(() -> catastrophic.matcher(MANY_AS).find());

        assertThat(ending.thrown()).isInstanceOf(ExtractionInterrupted.class);
        assertThat(ending.stillInterrupted()).isTrue();
    }

    @Test
    void matchesAsThePlainPatternWhenNotInterrupted() {
        TextPattern byline = TextPattern.of("\\[(?<site>[^=\\]]+)=(?<name>[^\\]]+?)\\s*기자\\]");
        for (String text : List.of("[뉴데일리=오창균 기자] 본문", "no byline", "앞 [연합=홍길동 기자]", "", "x".repeat(5000) + "[a=b 기자]")) {
            Matcher guarded = byline.matcher(text);
            Matcher plain = byline.pattern().matcher(text);
            boolean found = plain.find();

            assertThat(guarded.find()).as(text).isEqualTo(found);
            if (found) {
                assertThat(guarded.group("name")).isEqualTo(plain.group("name"));
                assertThat(guarded.start()).isEqualTo(plain.start());
                assertThat(guarded.end()).isEqualTo(plain.end());
            }
        }
    }

    @Test
    void describesItselfWithoutAnOriginWhenWrittenInCode() {
        assertThat(TextPattern.of("^ⓒ").describe()).isEqualTo("'^ⓒ'");
    }
}
