package io.newsline.crawler.run;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.crawler.discover.DiscoveredUrl;
import io.newsline.crawler.discover.SourceKind;
import io.newsline.crawler.fetch.HttpFetcher;
import io.newsline.crawler.testing.LocalSite;
import io.newsline.parser.profile.SiteProfile;
import io.newsline.parser.profile.SiteProfiles;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LinkDiscoveryTest {
    private LocalSite site;
    private HttpFetcher fetcher;
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final List<String> articles = new CopyOnWriteArrayList<>();
    private final List<DiscoveredUrl> hints = new CopyOnWriteArrayList<>();
    private SiteProfile profile;
    private LinkDiscovery discovery;

    @BeforeEach
    void start() {
        site = LocalSite.start("www.news.test");
        fetcher = new HttpFetcher(LocalSite.fetchConfig(site));
        profile = new SiteProfile("news", 1, null, List.of(site.host()), null, null, null, null, null, null, null, null);
        discovery = new LinkDiscovery(new SiteProfiles(List.of(profile)), fetcher, Clock.systemUTC(), new CrawlListener() {
            @Override
            public void skipped(String host, String url, SkipReason reason, String detail) {
                problems.add(reason.label() + ": " + detail);
            }

            @Override
            public void error(String host, String url, ErrorKind kind, String message) {
                problems.add(message);
            }
        });
    }

    @AfterEach
    void stop() {
        fetcher.close();
        site.close();
    }

    @Test
    void readsASitemapLargerThanThePageLimit() {
        byte[] sitemap = sitemapOf(12 * 1024 * 1024, site.url("/a/1.html"), site.url("/a/2.html"));
        assertThat((long) sitemap.length).isGreaterThan(fetcher.config().maxBodyBytes());
        site.server().stubFor(get(urlEqualTo("/sitemap.xml")).willReturn(aResponse()
                .withHeader("Content-Type", "application/xml").withBody(sitemap)));

        discovery.discover(site.url("/sitemap.xml"), SourceKind.SITEMAP, profile, found());

        assertThat(problems).isEmpty();
        assertThat(articles).containsExactly(site.url("/a/1.html"), site.url("/a/2.html"));
    }

    @Test
    void keepsThePageLimitForListingPages() {
        site.server().stubFor(get(urlEqualTo("/section.html")).willReturn(aResponse()
                .withHeader("Content-Type", "text/html").withBody(new byte[11 * 1024 * 1024])));

        discovery.discover(site.url("/section.html"), SourceKind.LISTING, profile, found());

        assertThat(problems).singleElement().asString()
                .contains("above the limit of " + fetcher.config().maxBodyBytes() + " bytes");
    }

    @Test
    void recordsTheUrlsOfASitemapAnnouncedByRobotsAsFoundThroughRobots() {
        site.server().stubFor(get(urlEqualTo("/robots-sitemap.xml")).willReturn(aResponse()
                .withHeader("Content-Type", "application/xml").withBody(sitemapOf(1024, site.url("/a/1.html")))));

        discovery.discover(site.url("/robots-sitemap.xml"), SourceKind.ROBOTS, profile, found());

        assertThat(problems).isEmpty();
        assertThat(hints).singleElement().extracting(DiscoveredUrl::source).isEqualTo(SourceKind.ROBOTS);
    }

    @Test
    void recordsTheUrlsOfASitemapFromTheSiteFileAsFoundInASitemap() {
        site.server().stubFor(get(urlEqualTo("/sitemap.xml")).willReturn(aResponse()
                .withHeader("Content-Type", "application/xml").withBody(sitemapOf(1024, site.url("/a/1.html")))));

        discovery.discover(site.url("/sitemap.xml"), SourceKind.SITEMAP, profile, found());

        assertThat(hints).singleElement().extracting(DiscoveredUrl::source).isEqualTo(SourceKind.SITEMAP);
    }

    @Test
    void reportsAFeedThatAnswersWithAnHtmlPageAsAnErrorNamingTheFeed() {
        site.server().stubFor(get(urlEqualTo("/feed.xml")).willReturn(aResponse()
                .withHeader("Content-Type", "application/rss+xml").withBody(LocalSite.resource("/discover/links-page.html"))));

        discovery.discover(site.url("/feed.xml"), SourceKind.FEED, profile, found());

        assertThat(problems).singleElement().asString().startsWith("could not read feed " + site.url("/feed.xml"));
        assertThat(articles).isEmpty();
    }

    private LinkDiscovery.Found found() {
        return new LinkDiscovery.Found() {
            @Override
            public void childSitemap(String url, SiteProfile p) {
            }

            @Override
            public void article(String url, DiscoveredUrl hint) {
                articles.add(url);
                hints.add(hint);
            }
        };
    }

    /** A urlset of {@code urls} padded with blank lines to {@code size} bytes (made here, not committed). */
    private static byte[] sitemapOf(int size, String... urls) {
        StringBuilder head = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String url : urls) {
            head.append("<url><loc>").append(url).append("</loc></url>\n");
        }
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] end = "</urlset>\n".getBytes(StandardCharsets.UTF_8);
        byte[] xml = new byte[size];
        Arrays.fill(xml, (byte) '\n');
        System.arraycopy(start, 0, xml, 0, start.length);
        System.arraycopy(end, 0, xml, size - end.length, end.length);
        return xml;
    }
}
