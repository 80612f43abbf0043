package io.newsline.crawler.run;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.crawler.discover.DiscoveredUrl;
import io.newsline.crawler.discover.SourceKind;
import io.newsline.crawler.fetch.HttpFetcher;
import io.newsline.crawler.politeness.PoliteScheduler;
import io.newsline.crawler.politeness.RobotsCache;
import io.newsline.crawler.testing.LocalSite;
import io.newsline.parser.profile.Discovery;
import io.newsline.parser.profile.Politeness;
import io.newsline.parser.profile.SiteProfile;
import io.newsline.parser.profile.SiteProfiles;
import io.newsline.parser.profile.StartPoints;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Discovery from the seeds, as both {@code crawl} and {@code worker} run it. */
class SeederTest {
    private LocalSite site;
    private HttpFetcher fetcher;
    private PoliteScheduler scheduler;
    private final List<String> found = new CopyOnWriteArrayList<>();
    private final Map<String, DiscoveredUrl> hints = new ConcurrentHashMap<>();

    @BeforeEach
    void start() {
        site = LocalSite.start("www.chain.test");
        fetcher = new HttpFetcher(LocalSite.fetchConfig(site));
        site.server().stubFor(get(urlPathMatching("/a/.*")).willReturn(aResponse().withStatus(404)));
    }

    @AfterEach
    void stop() {
        if (scheduler != null) {
            scheduler.close();
        }
        fetcher.close();
        site.close();
    }

    @Test
    void followsAChainOfSitemapIndexesOnlyToTheDepthCap() throws InterruptedException {
        for (int n = 0; n < 30; n++) {
            index("/sitemap.xml?x=" + n, "/sitemap.xml?x=" + (n + 1));
        }

        Seeder.Round round = seeder(sitemaps("/sitemap.xml?x=0"), new Discovery(3, 200), url -> true).startRound();
        awaitIdle();

        assertThat(site.server().findAll(getRequestedFor(urlPathMatching("/sitemap.xml")))).hasSize(4);
        assertThat(round.report()).containsExactly("site 'chain': skipped 1 sitemap(s) more than 3 index levels below a"
                + " start sitemap; raise discovery.maxSitemapDepth in its site file to read them");
    }

    @Test
    void fetchesAtMostTheRunCapOfAWideSitemapIndex() throws InterruptedException {
        String[] children = new String[20];
        for (int n = 0; n < children.length; n++) {
            children[n] = "/sitemap.xml?part=" + n;
            index(children[n]);
        }
        index("/sitemap.xml?all", children);

        seeder(sitemaps("/sitemap.xml?all"), new Discovery(3, 5), url -> true).startRound();
        awaitIdle();

        assertThat(site.server().findAll(getRequestedFor(urlPathMatching("/sitemap.xml")))).hasSize(5);
    }

    @Test
    void givesEachRoundAFreshSitemapBudget() throws InterruptedException {
        index("/sitemap.xml?a", "/sitemap.xml?b");
        index("/sitemap.xml?b");
        Seeder seeder = seeder(sitemaps("/sitemap.xml?a"), new Discovery(3, 2), url -> true);

        seeder.startRound();
        awaitIdle();
        Seeder.Round second = seeder.startRound();
        awaitIdle();

        assertThat(site.server().findAll(getRequestedFor(urlPathMatching("/sitemap.xml")))).hasSize(4);
        assertThat(second.report()).isEmpty();
    }

    @Test
    void handsAnArticleListedBySitemapAndFeedToTheCallbackOnceARound() throws InterruptedException {
        urlset("/sitemap.xml", "/a/1.html");
        site.server().stubFor(get(urlEqualTo("/feed.xml")).willReturn(aResponse()
                .withHeader("Content-Type", "application/rss+xml").withBody("<?xml version=\"1.0\"?><rss version=\"2.0\">"
                        + "<channel><title>t</title><link>" + site.url("/") + "</link><description>d</description>"
                        + "<item><title>One</title><link>" + site.url("/a/1.html") + "</link></item></channel></rss>")));
        StartPoints start = new StartPoints(List.of(site.url("/sitemap.xml")), List.of(site.url("/feed.xml")), null, false);

        seeder(start, Discovery.DEFAULT, url -> true).startRound();
        awaitIdle();

        assertThat(found).containsExactly(site.url("/a/1.html"));
    }

    @Test
    void readsTheSitemapsRobotsTxtAnnouncesAsFoundThroughRobots() throws InterruptedException {
        site.server().stubFor(get(urlEqualTo("/robots.txt")).willReturn(aResponse()
                .withHeader("Content-Type", "text/plain").withBody("User-agent: *\nAllow: /\nSitemap: "
                        + site.url("/robots-sitemap.xml") + "\n")));
        urlset("/robots-sitemap.xml", "/a/1.html");
        StartPoints start = new StartPoints(null, null, List.of(site.url("/")), true);
        site.server().stubFor(get(urlEqualTo("/")).willReturn(aResponse()
                .withHeader("Content-Type", "text/html").withBody("<html><body></body></html>")));

        seeder(start, Discovery.DEFAULT, url -> true).startRound();
        awaitIdle();

        assertThat(hints.get(site.url("/a/1.html"))).extracting(DiscoveredUrl::source).isEqualTo(SourceKind.ROBOTS);
    }

    @Test
    void fetchesNothingFromASiteThisProcessDoesNotFetchFrom() throws InterruptedException {
        urlset("/sitemap.xml", "/a/1.html");

        seeder(sitemaps("/sitemap.xml"), Discovery.DEFAULT, url -> false).startRound();
        awaitIdle();

        assertThat(site.server().getAllServeEvents()).isEmpty();
        assertThat(found).isEmpty();
    }

    private StartPoints sitemaps(String path) {
        return new StartPoints(List.of(site.url(path)), null, null, false);
    }

    private Seeder seeder(StartPoints start, Discovery caps, Predicate<String> fetchesFrom) {
        Politeness noDelay = Politeness.DEFAULT.withDelay(Duration.ZERO);
        SiteProfile profile = new SiteProfile("chain", 1, null, List.of(site.host()), null, null, start, null, null,
                noDelay, null, caps);
        SiteProfiles profiles = new SiteProfiles(List.of(profile));
        scheduler = PoliteScheduler.builder().profiles(profiles::forHost).threads(2).build();
        RobotsCache robots = RobotsCache.over(fetcher, Clock.systemUTC(), host -> Duration.ofHours(1));
        LinkDiscovery links = new LinkDiscovery(profiles, fetcher, Clock.systemUTC(), CrawlListener.NONE);
        return new Seeder(profiles, links, robots, scheduler, fetchesFrom, (url, hint) -> {
            found.add(url);
            hints.put(url, hint);
        });
    }

    /** Serves a sitemap index at {@code path} listing {@code children} (an empty index when none). */
    private void index(String path, String... children) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String child : children) {
            xml.append("<sitemap><loc>").append(site.url(child).replace("&", "&amp;")).append("</loc></sitemap>\n");
        }
        xml.append("</sitemapindex>\n");
        site.server().stubFor(get(urlEqualTo(path)).willReturn(aResponse()
                .withHeader("Content-Type", "application/xml").withBody(xml.toString())));
    }

    /** Serves a sitemap at {@code path} listing the article {@code paths}. */
    private void urlset(String path, String... paths) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String p : paths) {
            xml.append("<url><loc>").append(site.url(p)).append("</loc></url>\n");
        }
        xml.append("</urlset>\n");
        site.server().stubFor(get(urlEqualTo(path)).willReturn(aResponse()
                .withHeader("Content-Type", "application/xml").withBody(xml.toString())));
    }

    private void awaitIdle() throws InterruptedException {
        assertThat(scheduler.awaitIdle(Duration.ofSeconds(60))).as("discovery went idle").isTrue();
    }
}
