package io.newsline.crawler.worker;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.crawler.fetch.HttpFetcher;
import io.newsline.crawler.politeness.PoliteScheduler;
import io.newsline.crawler.politeness.RobotsCache;
import io.newsline.crawler.run.CrawlListener;
import io.newsline.crawler.run.LinkDiscovery;
import io.newsline.crawler.testing.LocalSite;
import io.newsline.parser.profile.Discovery;
import io.newsline.parser.profile.Politeness;
import io.newsline.parser.profile.SiteProfile;
import io.newsline.parser.profile.SiteProfiles;
import io.newsline.parser.profile.StartPoints;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A worker's discovery cycle applies the site file's sitemap caps, like a crawl, and reports what they cut. */
class SeedDiscoveryTest {
    private LocalSite site;
    private HttpFetcher fetcher;
    private PoliteScheduler scheduler;
    private final List<String> reports = new CopyOnWriteArrayList<>();

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

        SeedDiscovery discovery = discovery("/sitemap.xml?x=0", new Discovery(3, 200));
        discovery.cycle();
        awaitIdle();

        assertThat(site.server().findAll(getRequestedFor(urlPathMatching("/sitemap.xml")))).hasSize(4);
        discovery.cycle(); // reports the cycle before
        assertThat(reports).contains("site 'chain': skipped 1 sitemap(s) more than 3 index levels below a start sitemap;"
                + " raise discovery.maxSitemapDepth in its site file to read them (last discovery cycle)");
        awaitIdle();
    }

    @Test
    void fetchesAtMostTheRunCapOfAWideSitemapIndex() throws InterruptedException {
        String[] children = new String[20];
        for (int n = 0; n < children.length; n++) {
            children[n] = "/sitemap.xml?part=" + n;
            index(children[n]);
        }
        index("/sitemap.xml?all", children);

        discovery("/sitemap.xml?all", new Discovery(3, 5)).cycle();
        awaitIdle();

        assertThat(site.server().findAll(getRequestedFor(urlPathMatching("/sitemap.xml")))).hasSize(5);
    }

    private SeedDiscovery discovery(String startPath, Discovery caps) {
        Politeness noDelay = Politeness.DEFAULT.withDelay(Duration.ZERO);
        SiteProfile profile = new SiteProfile("chain", 1, null, List.of(site.host()), null, null,
                new StartPoints(List.of(site.url(startPath)), null, null, false), null, null, noDelay, null, caps);
        SiteProfiles profiles = new SiteProfiles(List.of(profile));
        scheduler = PoliteScheduler.builder().profiles(profiles::forHost).threads(2).build();
        RobotsCache robots = RobotsCache.over(fetcher, Clock.systemUTC(), host -> Duration.ofHours(1));
        LinkDiscovery links = new LinkDiscovery(profiles, fetcher, Clock.systemUTC(), CrawlListener.NONE);
        return new SeedDiscovery(profiles, links, robots, scheduler, url -> true, url -> { }, reports::add);
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

    private void awaitIdle() throws InterruptedException {
        assertThat(scheduler.awaitIdle(Duration.ofSeconds(60))).as("discovery went idle").isTrue();
    }
}
