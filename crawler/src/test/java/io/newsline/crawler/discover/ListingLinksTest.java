package io.newsline.crawler.discover;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.crawler.testing.LocalSite;
import io.newsline.parser.profile.ArticleRules;
import io.newsline.parser.profile.SiteProfile;
import io.newsline.parser.profile.TextPattern;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListingLinksTest {
    private static final String ARTICLE_URL =
            "^https?://(?:www\\.|biz\\.|pk\\.|gg\\.)?newdaily\\.co\\.kr/site/data/html/\\d{4}/\\d{2}/\\d{2}/(?<id>\\d{13})\\.html$";
    private static final SiteProfile NEWDAILY = new SiteProfile("newdaily", 1, "뉴데일리",
            List.of("www.newdaily.co.kr", "biz.newdaily.co.kr"), "ko", null, null,
            new ArticleRules(TextPattern.of(ARTICLE_URL), List.of("sc")), null, null, null, null);

    @Test
    void keepsArticleLinksNormalizedAndDeduplicatedInPageOrder() throws DiscoveryException {
        List<DiscoveredUrl> links = ListingLinks.read("https://www.newdaily.co.kr/news/section.html?sc=politics",
                LocalSite.resource("/discover/listing.html"), "text/html; charset=UTF-8", NEWDAILY);

        assertThat(links).extracting(DiscoveredUrl::url).containsExactly(
                "https://www.newdaily.co.kr/site/data/html/2025/01/24/2025012400313.html",
                "https://www.newdaily.co.kr/site/data/html/2025/01/24/2025012400298.html",
                "https://biz.newdaily.co.kr/site/data/html/2025/01/24/2025012400200.html");
        assertThat(links).allMatch(l -> l.source() == SourceKind.LISTING);
    }

    @Test
    void takesTheFirstNonEmptyLinkTextAsTitle() throws DiscoveryException {
        List<DiscoveredUrl> links = ListingLinks.read("https://www.newdaily.co.kr/", LocalSite.resource("/discover/listing.html"),
                null, NEWDAILY);

        assertThat(links).extracting(DiscoveredUrl::title).containsExactly(
                "트럼프, AI 패권 잡으려 '국가비상사태' 선포", "이복조 \"사하 대전환\" 출판기념회", "코스피, 2,530선 회복");
    }

    @Test
    void genericProfileKeepsOnlyLinksToTheSameHost() throws DiscoveryException {
        List<DiscoveredUrl> links = ListingLinks.read("https://www.newdaily.co.kr/", LocalSite.resource("/discover/listing.html"),
                null, SiteProfile.generic("www.newdaily.co.kr"));

        assertThat(links).extracting(DiscoveredUrl::url)
                .allMatch(u -> u.startsWith("https://www.newdaily.co.kr/"))
                .contains("https://www.newdaily.co.kr/site/data/html/2025/01/24/2025012400313.html")
                .doesNotContain("https://www.facebook.com/newdaily");
    }

    @Test
    void readsKoreanLinkTextOfAnEucKrPageDeclaredOnlyInItsMetaTag() throws DiscoveryException {
        List<DiscoveredUrl> links = ListingLinks.read("https://www.newdaily.co.kr/", LocalSite.resource("/discover/listing-euckr.html"),
                "text/html", NEWDAILY);

        assertThat(links).extracting(DiscoveredUrl::title).first().isEqualTo("트럼프, AI 패권 잡으려 '국가비상사태' 선포");
        assertThat(links).extracting(DiscoveredUrl::title).noneMatch(t -> t != null && t.contains("\uFFFD"));
    }
}
