package io.newsline.crawler.url;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class UrlNormalizerTest {
    private final UrlNormalizer normalizer = UrlNormalizer.standard();

    private String n(String url) {
        return normalizer.normalize(url).orElseThrow();
    }

    @Test
    void lowerCasesSchemeAndHostAndDropsDefaultPortAndFragment() {
        assertThat(n("HTTPS://WWW.NewDaily.co.kr:443/site/data/html/2025/01/24/2025012400313.html#comments"))
                .isEqualTo("https://www.newdaily.co.kr/site/data/html/2025/01/24/2025012400313.html");
        assertThat(n("http://www.newdaily.co.kr:80/")).isEqualTo("http://www.newdaily.co.kr/");
    }

    @Test
    void keepsNonDefaultPortAndPathCase() {
        assertThat(n("http://news.test:8080/Site/A.html")).isEqualTo("http://news.test:8080/Site/A.html");
    }

    @Test
    void removesUtmAndClickIdsButKeepsRealParameters() {
        assertThat(n("https://news.test/view?id=42&utm_source=naver&UTM_Medium=x&fbclid=abc&gclid=1&page=2"))
                .isEqualTo("https://news.test/view?id=42&page=2");
        assertThat(n("https://news.test/a.html?utm_campaign=x")).isEqualTo("https://news.test/a.html");
    }

    @Test
    void keepsAmbiguousParametersSuchAsRef() {
        assertThat(n("https://news.test/view?ref=main&source=rss")).isEqualTo("https://news.test/view?ref=main&source=rss");
    }

    @Test
    void dropsTheSitesOwnParameters() {
        UrlNormalizer site = new UrlNormalizer(List.of("ref", "sc"));

        assertThat(site.normalize("https://news.test/view?ref=main&id=7&sc=top").orElseThrow())
                .isEqualTo("https://news.test/view?id=7");
    }

    @Test
    void resolvesDotSegmentsAndSortsParameters() {
        assertThat(n("https://news.test/a/../b/./c.html?z=1&a=2")).isEqualTo("https://news.test/b/c.html?a=2&z=1");
    }

    @Test
    void refusesNonHttpAndMalformedUrls() {
        assertThat(normalizer.normalize("ftp://news.test/a")).isEmpty();
        assertThat(normalizer.normalize("javascript:void(0)")).isEmpty();
        assertThat(normalizer.normalize("not a url")).isEmpty();
        assertThat(normalizer.normalize("")).isEmpty();
        assertThatThrownBy(() -> normalizer.expectNormalized("mailto:x@news.test")).hasMessageContaining("mailto:x@news.test");
    }
}
