package io.newsline.parser.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsline.parser.Fixtures;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SiteProfileLoaderTest {
    private final SiteProfileLoader loader = new SiteProfileLoader();

    private SiteProfile load(String file) {
        return loader.load("seeds/" + file, new ByteArrayInputStream(Fixtures.bytes("seeds/" + file)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "typo-field.yaml     | 6 | extract.titel         | unknown field 'titel'; expected one of",
        "bad-selector.yaml   | 9 | extract.body[1]       | not a valid CSS selector: 'div#article_conent >'",
        "bad-regex.yaml      | 6 | articles.url          | not a valid regular expression: '^https://www\\.badregex",
        "bad-bylinetext.yaml | 7 | extract.bylineText[0] | not a valid regular expression",
        "bad-zone.yaml       | 3 | timezone              | expected a time zone such as 'Asia/Seoul'",
        "bad-duration.yaml   | 4 | politeness.delay      | expected a duration such as '1s'",
        "bad-name.yaml       | 2 | name                  | expected a short lower-case id",
        "bad-start-url.yaml  | 7 | start.feeds[1]        | expected an absolute http(s) URL such as 'https://www.example.com/sitemap.xml', got 'not a url'",
        "bad-start-ipv6.yaml | 5 | start.sitemaps[0]     | expected an absolute http(s) URL such as 'https://www.example.com/sitemap.xml', got 'http://[::1'",
        "bad-start-scheme.yaml | 5 | start.sections[0]   | got '/news/' (no scheme)",
        "bad-hosts-scalar.yaml | 3 | hosts               | expected a list of host names such as [www.example.com, example.com], got '5'",
        "bad-hosts-entry.yaml  | 5 | hosts[1]            | expected a host name such as 'www.example.com' (no scheme, port or path), got 'https://www.badhostentry.example/'",
        "bad-discovery-depth.yaml | 5 | discovery.maxSitemapDepth | expected a whole number >= 0",
        "bad-discovery-field.yaml | 5 | discovery.maxSitemaps     | unknown field 'maxSitemaps'; expected one of",
        "bad-discovery-linked.yaml | 5 | discovery.maxLinkedPerRun | expected a whole number >= 0 (0 follows no links), got -5",
        "bad-example-url.yaml     | 6 | articles.examples         | (examples[0]) does not match articles.url",
    })
    void namesFileLineAndFieldOfABrokenSiteFile(String file, String line, String field, String what) {
        assertThatThrownBy(() -> load(file))
                .isInstanceOf(SiteProfileException.class)
                .hasMessageStartingWith("seeds/" + file + ":" + line + ": field '" + field + "': ")
                .hasMessageContaining(what)
                .hasMessageNotContaining("\n");
    }

    @Test
    void reportsAYamlSyntaxErrorWithFileAndLine() {
        assertThatThrownBy(() -> load("not-yaml.yaml"))
                .isInstanceOf(SiteProfileException.class)
                .hasMessageStartingWith("seeds/not-yaml.yaml:2:8: ")
                .hasMessageNotContaining("\n");
    }

    @Test
    void loadsAMinimalSiteFileWithDefaults() {
        SiteProfile p = load("minimal.yaml");

        assertThat(p.version()).isEqualTo(1);
        assertThat(p.site()).isEqualTo("www.minimal.example");
        assertThat(p.timezone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(p.isArticleUrl("https://www.minimal.example/any/page")).isTrue();
        assertThat(p.extract().body()).isEmpty();
    }

    @Test
    void capsSitemapDiscoveryByDefault() {
        SiteProfile p = load("minimal.yaml");

        assertThat(p.discovery().maxSitemapDepth()).isEqualTo(Discovery.MAX_SITEMAP_DEPTH);
        assertThat(p.discovery().maxSitemapsPerRun()).isEqualTo(Discovery.MAX_SITEMAPS_PER_RUN);
        assertThat(p.discovery().maxLinkedPerRun()).isEqualTo(Discovery.MAX_LINKED_PER_RUN);
    }

    @Test
    void readsTheDiscoveryCapsOfASiteFile() {
        SiteProfile p = load("discovery.yaml");

        assertThat(p.discovery()).isEqualTo(new Discovery(1, 1000, 20));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"www.example.com", "example.co.kr", "localhost", "xn--3e0b707e.kr", "한국.kr", "news-1.example"})
    void acceptsHostNames(String host) {
        assertThat(HostNames.isHostName(host)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"5", "127.0.0.1", "www.example.com:8080", "https://www.example.com", "-bad.example", "a..b", "under_score.example", "''"})
    void refusesWhatIsNotAHostName(String host) {
        assertThat(HostNames.isHostName(host)).isFalse();
    }

    @Test
    void loadsTheNewdailySiteFile() {
        SiteProfile p = Fixtures.newdaily();

        assertThat(p.name()).isEqualTo("newdaily");
        assertThat(p.site()).isEqualTo("뉴데일리");
        assertThat(p.timezone()).isEqualTo(ZoneId.of("Asia/Seoul"));
        assertThat(p.covers("biz.newdaily.co.kr")).isTrue();
        assertThat(p.extract().body()).extracting(CssSelector::query).startsWith("div#article_conent", "div#news_body_area", "div#ndArtBody");
        assertThat(p.politeness().delay()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void newdailyArticlePatternTakesTheThirteenDigitIdAndRejectsListings() {
        SiteProfile p = Fixtures.newdaily();

        assertThat(p.articleIdOf("https://biz.newdaily.co.kr/site/data/html/2023/05/02/2023050200123.html")).hasValue("2023050200123");
        assertThat(p.isArticleUrl("https://www.newdaily.co.kr/site/data/html/2025/01/24/2025012400313.html")).isTrue();
        assertThat(p.isArticleUrl("https://www.newdaily.co.kr/news/section_list_all.html?sec_no=58")).isFalse();
        assertThat(p.isArticleUrl("https://www.newdaily.co.kr/")).isFalse();
    }

    @Test
    void everyRegularExpressionKnowsTheFileLineAndFieldItWasWrittenAt() {
        SiteProfile p = load("backtracking.yaml");

        assertThat(p.articles().url().origin()).isEqualTo("seeds/backtracking.yaml:7, field articles.url");
        assertThat(p.extract().dropText()).extracting(TextPattern::origin).containsExactly(
                "seeds/backtracking.yaml:12, field extract.dropText[0]", "seeds/backtracking.yaml:13, field extract.dropText[1]");
    }
}
