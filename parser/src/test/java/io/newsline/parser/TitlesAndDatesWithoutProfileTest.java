package io.newsline.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.parser.page.Page;
import io.newsline.parser.profile.SiteProfile;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * Headlines and dates as Korean and Chinese pages print them, read without a site file: each constructed page under
 * {@code generic/} pins one form.
 */
class TitlesAndDatesWithoutProfileTest {
    private final ArticleParser parser = new ArticleParser();

    private Article parse(String url, String resource) {
        Page page = new Page(url, Fixtures.bytes(resource), null, Instant.parse("2026-12-01T00:00:00Z"));
        return Fixtures.parsed(parser.parse(page, SiteProfile.generic(SiteProfile.hostOf(url).orElseThrow())));
    }

    @Test
    void theVisibleHeadlineWinsOverAJsonLdHeadlineThatDiffersOnlyInQuotes() {
        Article a = parse("https://news.hanbit.example/article/1", "generic/ko-jsonld-headline-quotes.html");

        assertThat(a.title()).isEqualTo("\"왜 지금 싸우나\"... 여야, 특별법 두고 정면충돌");
    }

    @Test
    void aSubtitleInsideTheHeadlineAfterALineBreakBecomesTheSubtitle() {
        Article a = parse("https://news.hanbit.example/article/1", "generic/ko-h1-small-subtitle.html");

        assertThat(a.title()).isEqualTo("지역 균형발전 특별법 개정안 국회 통과");
        assertThat(a.subtitle()).isEqualTo("특별 교부금 한도 두 배로…하반기 적용");
    }

    @Test
    void aJonghapSuffixStaysInTheTitleAsTheSiteShowsIt() {
        Article a = parse("https://news.hanbit.example/article/1", "generic/ko-jonghap-suffix.html");

        assertThat(a.title()).isEqualTo("지역 균형발전 특별법 개정안 국회 통과(종합)");
    }

    @Test
    void aDateWithATwoDigitYearIsRead() {
        Article a = parse("https://news.hanbit.example/article/1", "generic/ko-two-digit-year.html");

        assertThat(a.publishedAt()).isEqualTo(OffsetDateTime.parse("2025-01-24T15:05:00+09:00"));
    }

    @Test
    void labelsPrintedAfterTheirDatesTellPublicationFromLastChange() {
        Article a = parse("https://news.hanbit.example/article/1", "generic/ko-label-after-date.html");

        assertThat(a.publishedAt()).isEqualTo(OffsetDateTime.parse("2025-01-24T09:40:00+09:00"));
        assertThat(a.modifiedAt()).isEqualTo(OffsetDateTime.parse("2025-01-24T11:00:00+09:00"));
    }

    @Test
    void aChineseAuthorSpanGivesTheNameWithoutItsLabel() {
        Article a = parse("https://city.example.cn/news/2025/0302/1.html", "generic/zh-author-span.html");

        assertThat(a.authors()).extracting(Author::name).containsExactly("张三");
    }
}
