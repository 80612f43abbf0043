package io.newsline.crawler.discover;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.crawler.testing.LocalSite;
import org.junit.jupiter.api.Test;

class PageLinksTest {

    @Test
    void readsEveryAnchorOfAPageAsAnAbsoluteHttpUrlOnceInPageOrder() {
        byte[] html = LocalSite.resource("/discover/links-page.html");

        assertThat(PageLinks.read("https://news.example/world/page.html", html, "text/html; charset=utf-8")).containsExactly(
                "https://news.example/news/2025/01/24/1.html",
                "https://news.example/world/2.html?a=1&b=2",
                "https://other.example/news/3.html",
                "https://news.example/map.html");
    }
}
