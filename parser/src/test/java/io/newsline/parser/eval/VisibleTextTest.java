package io.newsline.parser.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class VisibleTextTest {

    @Test
    void separatesBlocksWithNewlinesAndSkipsScripts() {
        String html = "<div><p>One <b>bold</b></p><p>Two<br>lines</p><script>var x;</script><ul><li>item</li></ul></div>";
        assertThat(VisibleText.of(Jsoup.parse(html))).isEqualTo("One bold\nTwo\nlines\nitem");
    }
}
