package io.newsline.parser.meta;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.parser.Author;
import io.newsline.parser.FieldSource;
import io.newsline.parser.page.Page;
import io.newsline.parser.profile.SiteProfile;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MetadataReaderTest {
    private static final String URL = "https://news.example.com/2024/03/05/story.html";
    private static final Instant FETCHED = Instant.parse("2025-01-25T00:00:00Z");
    private final MetadataReader reader = new MetadataReader();
    private final SiteProfile generic = SiteProfile.generic("news.example.com");
    private final SiteProfile seoul = new SiteProfile("seoul", 1, "서울뉴스", List.of("news.example.com"), "ko",
            ZoneId.of("Asia/Seoul"), null, null, null, null, null, null);

    private PageMetadata read(String html, SiteProfile profile) {
        Page page = new Page(URL, html.getBytes(StandardCharsets.UTF_8), "text/html", FETCHED);
        return reader.read(Jsoup.parse(html, URL), page, profile);
    }

    @Test
    void findsTheArticleInsideAJsonLdGraphWithTypeArrays() {
        PageMetadata m = read("""
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                  {"@type":"WebPage","name":"not this"},
                  {"@type":["NewsArticle","ReportageNewsArticle"],"headline":"Graph headline &amp; more",
                   "datePublished":"2025-01-24T14:55:00+0900","author":[{"@type":"Person","name":"Jane Doe"},{"name":"John Roe"}],
                   "isAccessibleForFree":false,"articleSection":["World"],"keywords":"a, b"}]}</script>
                <meta property="og:title" content="OG title">""", generic);

        assertThat(m.title()).isEqualTo(new Sourced<>("Graph headline & more", FieldSource.METADATA));
        assertThat(m.publishedAt().value()).isEqualTo(OffsetDateTime.parse("2025-01-24T14:55+09:00"));
        assertThat(m.authors().value()).containsExactly(new Author("Jane Doe", null), new Author("John Roe", null));
        assertThat(m.paywalled()).isTrue();
        assertThat(m.section().value()).isEqualTo("World");
        assertThat(m.tags().value()).containsExactly("a", "b");
    }

    @Test
    void readsATopLevelJsonLdArrayAndSkipsABrokenScript() {
        PageMetadata m = read("""
                <script type="application/ld+json">{ this is not json</script>
                <script type="application/ld+json">[{"@type":"Organization","name":"Org"},{"@type":"Article","headline":"From array",}]</script>
                """, generic);

        assertThat(m.title().value()).isEqualTo("From array");
    }

    @Test
    void skipsADateInTheFutureAndTakesTheNextSource() {
        PageMetadata m = read("""
                <meta property="article:published_time" content="2030-01-01T00:00:00Z">
                <meta name="pubdate" content="2025-01-20T08:00:00Z">""", generic);

        assertThat(m.publishedAt()).isEqualTo(new Sourced<>(OffsetDateTime.parse("2025-01-20T08:00Z"), FieldSource.METADATA));
    }

    @Test
    void allowsOneDayOfSlackAfterTheFetchAndRejectsDatesBefore1990() {
        assertThat(read("<meta name=date content=\"2025-01-25T20:00:00Z\">", generic).publishedAt().value())
                .isEqualTo(OffsetDateTime.parse("2025-01-25T20:00Z"));
        assertThat(read("<meta name=date content=\"1970-01-01T00:00:00Z\">", generic).publishedAt().source())
                .isEqualTo(FieldSource.URL);
    }

    @Test
    void readsKoreanDateLinesWhoseLabelSitsInItsOwnElement() {
        PageMetadata m = read("""
                <div class="info"><span class="label">입력</span> <span>2025.01.24 14:55</span>
                <span class="label">수정</span> <span>2025.01.24 15:10</span></div>""", seoul);

        assertThat(m.publishedAt()).isEqualTo(new Sourced<>(OffsetDateTime.parse("2025-01-24T14:55+09:00"), FieldSource.GENERIC));
        assertThat(m.modifiedAt().value()).isEqualTo(OffsetDateTime.parse("2025-01-24T15:10+09:00"));
    }

    @Test
    void takesABareLocalTimeAsUtcWithoutAProfileZone() {
        PageMetadata m = read("<p>기사입력 : 2025-01-24 14:55:00</p>", generic);

        assertThat(m.publishedAt().value()).isEqualTo(OffsetDateTime.parse("2025-01-24T14:55Z"));
    }

    @Test
    void fallsBackToTheDayInTheUrl() {
        PageMetadata m = read("<p>no dates here</p>", seoul);

        assertThat(m.publishedAt()).isEqualTo(new Sourced<>(OffsetDateTime.parse("2024-03-05T00:00+09:00"), FieldSource.URL));
    }

    @Test
    void stripsTheSiteNameFromTheTitleTag() {
        assertThat(read("<title>Big story of the day - Example News</title><meta property=og:site_name content=\"Example News\">", generic)
                .title().value()).isEqualTo("Big story of the day");
        assertThat(read("<title>서울뉴스 :: 시장, 새 교통 대책 발표</title>", seoul).title().value()).isEqualTo("시장, 새 교통 대책 발표");
    }

    @Test
    void prefersJsonLdOverOpenGraphOverOtherMeta() {
        PageMetadata m = read("""
                <meta name="author" content="Meta Author">
                <meta property="og:title" content="OG title">
                <meta name="parsely-title" content="Parsely title">
                <h1>H1 title</h1>""", generic);

        assertThat(m.title().value()).isEqualTo("OG title");
        assertThat(m.authors().value()).containsExactly(new Author("Meta Author", null));
    }

    @Test
    void resolvesCanonicalAndLeadImageAgainstThePageUrl() {
        PageMetadata m = read("""
                <link rel="canonical" href="/2024/03/05/story.html?ref=x">
                <meta property="og:image" content="//img.example.com/a.jpg">""", generic);

        assertThat(m.canonicalUrl().value()).isEqualTo("https://news.example.com/2024/03/05/story.html?ref=x");
        assertThat(m.leadImages().value()).containsExactly("https://img.example.com/a.jpg");
    }

    @Test
    void setsAsideACanonicalUrlOnAHostOutsideTheProfile() {
        PageMetadata m = read("""
                <link rel="canonical" href="https://other.example.org/2024/03/05/story.html">
                <meta property="og:url" content="https://other.example.org/story">""", generic);

        assertThat(m.canonicalUrl()).isEqualTo(new Sourced<>(URL, FieldSource.URL));
        assertThat(m.foreignCanonicalUrl()).contains("https://other.example.org/2024/03/05/story.html");
    }

    @Test
    void keepsACanonicalUrlOnAnotherHostOfTheProfile() {
        SiteProfile twoHosts = new SiteProfile("example", 1, "Example", List.of("news.example.com", "www.example.com"), null,
                null, null, null, null, null, null, null);

        PageMetadata m = read("<link rel=\"canonical\" href=\"https://www.example.com/story\">", twoHosts);

        assertThat(m.canonicalUrl()).isEqualTo(new Sourced<>("https://www.example.com/story", FieldSource.METADATA));
        assertThat(m.foreignCanonicalUrl()).isEmpty();
    }

    @Test
    void takesTheOpenGraphUrlOnTheProfileWhenTheCanonicalLinkIsElsewhere() {
        PageMetadata m = read("""
                <link rel="canonical" href="https://other.example.org/story">
                <meta property="og:url" content="https://news.example.com/story">""", generic);

        assertThat(m.canonicalUrl().value()).isEqualTo("https://news.example.com/story");
        assertThat(m.foreignCanonicalUrl()).isEmpty();
    }

    @Test
    void normalizesTheDeclaredLanguageAndFallsBackToTheProfile() {
        assertThat(read("<html lang=\"EN_us\"><p>x", generic).language().value()).isEqualTo("en-US");
        assertThat(read("<p>x", seoul).language()).isEqualTo(new Sourced<>("ko", FieldSource.PROFILE));
    }

    @Test
    void readsTheDateMetaTagsChineseSitesUse() {
        assertThat(read("<meta name=\"apub:time\" content=\"2025-01-24 10:30:00\"><html lang=zh-CN>", generic).publishedAt().value())
                .isEqualTo(OffsetDateTime.parse("2025-01-24T10:30+08:00"));
        assertThat(read("<html lang=zh-CN><meta itemprop=\"datePublished\" content=\"2025-01-24T10:30:00+0800\">", generic)
                .publishedAt().value()).isEqualTo(OffsetDateTime.parse("2025-01-24T10:30+08:00"));
        assertThat(read("<meta property=\"og:release_date\" content=\"2025-01-24T10:30:00+08:00\">", generic).publishedAt().value())
                .isEqualTo(OffsetDateTime.parse("2025-01-24T10:30+08:00"));
    }

    @Test
    void aDateOnlyMetaTakesTheTimeOfADateLineOnTheSameDayOnly() {
        assertThat(read("<html lang=zh-CN><meta name=publishdate content=2025-01-24><h1>标题</h1><p>发布时间：2025-01-24 10:30</p>",
                generic).publishedAt()).isEqualTo(new Sourced<>(OffsetDateTime.parse("2025-01-24T10:30+08:00"), FieldSource.GENERIC));
        assertThat(read("<html lang=zh-CN><meta name=publishdate content=2025-01-23><h1>标题</h1><p>发布时间：2025-01-24 10:30</p>",
                generic).publishedAt()).isEqualTo(new Sourced<>(OffsetDateTime.parse("2025-01-23T00:00+08:00"), FieldSource.METADATA));
    }

    @Test
    void aChineseTitleLosesTheSiteAndKeepsTheH1() {
        assertThat(read("<html lang=zh-CN><title>【美联储：维持利率不变】-中新网</title><h1>美联储：维持利率不变</h1>", generic).title().value())
                .isEqualTo("美联储：维持利率不变");
        assertThat(read("<html lang=zh-CN><meta property=og:title content=\"标题新闻今日发布_国际新闻_环球网\">", generic).title().value())
                .isEqualTo("标题新闻今日发布");
    }
}
