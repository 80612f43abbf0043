package io.newsline.parser.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The fast resolver must give exactly what jsoup's absUrl gives, for every kind of value pages carry. */
class UrlsTest {

    private static Document page(String resource, String url) throws IOException {
        try (InputStream in = UrlsTest.class.getResourceAsStream("/" + resource)) {
            return Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), url);
        }
    }

    @Test
    void resolvesEveryValueAsJsoupDoes() throws IOException {
        Document doc = page("meta/image-urls.html", "https://news.example.com/index.html");

        assertThat(doc.select("img")).hasSize(16);
        for (Element img : doc.select("img")) {
            if (img.attr("src").isEmpty()) {
                // jsoup makes an empty src the page's own URL; an image without a source has none
                assertThat(Urls.ofAttribute(img, "src")).as(img.outerHtml()).isEmpty();
            } else {
                assertThat(Urls.ofAttribute(img, "src")).as(img.outerHtml()).isEqualTo(img.absUrl("src"));
            }
        }
        assertThat(Urls.ofAttribute(doc.selectFirst("img"), "src")).isEqualTo("https://news.example.com/images/a.jpg");
    }

    @Test
    void resolvesAgainstEachDocumentsOwnBase() throws IOException {
        Document first = page("meta/image-urls.html", "https://news.example.com/index.html");
        Document other = Jsoup.parse("<img src=\"x.jpg\">", "https://other.example.org/a/b.html");

        assertThat(Urls.ofAttribute(first.select("img").get(1), "src")).isEqualTo("https://news.example.com/world/2026/b.jpg");
        assertThat(Urls.ofAttribute(other.selectFirst("img"), "src")).isEqualTo("https://other.example.org/a/x.jpg");
        assertThat(Urls.ofAttribute(first.select("img").get(1), "src")).isEqualTo("https://news.example.com/world/2026/b.jpg");
    }
}
