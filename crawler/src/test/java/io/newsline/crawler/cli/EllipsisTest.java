package io.newsline.crawler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EllipsisTest {

    @Test
    void aMessageThatFitsIsKeptWhole() {
        assertThat(Ellipsis.fit("fetch failed: HTTP 503", 40)).isEqualTo("fetch failed: HTTP 503");
    }

    @Test
    void aLongMessageEndsAtTheLastWordThatFitsWithAnEllipsis() {
        String fitted = Ellipsis.fit("robots.txt unreadable (https://pk.newdaily.co.kr/robots.txt: HTTP 503)", 50);

        assertThat(fitted).isEqualTo("robots.txt unreadable …");
    }

    @Test
    void aUrlIsNeverCutEvenWhenItAloneIsLongerThanTheLine() {
        String url = "https://pk.newdaily.co.kr/site/data/html/2025/01/24/2025012400313.html";

        assertThat(Ellipsis.fit(url + " timed out", 20)).isEqualTo(url + " …");
        assertThat(Ellipsis.fit(url, 20)).isEqualTo(url);
    }

    @Test
    void theFittedTextIsNoLongerThanTheLineWhenItsFirstWordFits() {
        String text = "one two three four five six seven eight nine ten";

        assertThat(Ellipsis.fit(text, 20)).hasSizeLessThanOrEqualTo(20).isEqualTo("one two three four …");
    }
}
