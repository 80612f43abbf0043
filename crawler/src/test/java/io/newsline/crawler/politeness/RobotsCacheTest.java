package io.newsline.crawler.politeness;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.crawler.fetch.HttpFetcher;
import io.newsline.crawler.testing.LocalSite;
import io.newsline.crawler.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RobotsCacheTest {
    private LocalSite site;
    private HttpFetcher fetcher;
    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-24T05:00:00Z"));
    private RobotsCache cache;

    @BeforeEach
    void start() {
        site = LocalSite.start("www.newdaily.test");
        fetcher = new HttpFetcher(LocalSite.fetchConfig(site)
                .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1)));
        cache = RobotsCache.over(fetcher, clock, host -> Duration.ofHours(1));
    }

    @AfterEach
    void stop() {
        fetcher.close();
        site.close();
    }

    private void robots(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response) {
        site.server().stubFor(get(urlEqualTo("/robots.txt")).willReturn(response));
    }

    private int robotsRequests() {
        return site.server().findAll(getRequestedFor(urlEqualTo("/robots.txt"))).size();
    }

    @Test
    void obeysTheNewslineGroupRatherThanTheWildcard() {
        robots(aResponse().withHeader("Content-Type", "text/plain")
                .withBody(LocalSite.resource("/politeness/robots-newsline-group.txt")));

        assertThat(cache.check(site.url("/site/data/html/2025/01/24/2025012400313.html"))).isEqualTo(RobotsVerdict.ALLOWED);
        assertThat(cache.check(site.url("/private/drafts.html"))).isEqualTo(RobotsVerdict.DENIED);
        assertThat(cache.isAllowed(site.url("/private/drafts.html"))).isFalse();
        assertThat(cache.crawlDelay(site.url("/"))).contains(Duration.ofSeconds(1));
        assertThat(cache.sitemaps(site.url("/"))).containsExactly(
                "https://www.newdaily.test/sitemap.xml", "https://www.newdaily.test/news-sitemap.xml");
        assertThat(robotsRequests()).isEqualTo(1);
    }

    @Test
    void rulesForAnotherBotDoNotApply() {
        robots(aResponse().withBody(LocalSite.resource("/politeness/robots-other-bot-only.txt")));

        assertThat(cache.check(site.url("/news/1.html"))).isEqualTo(RobotsVerdict.ALLOWED);
        assertThat(cache.check(site.url("/admin/login"))).isEqualTo(RobotsVerdict.DENIED);
        assertThat(cache.crawlDelay(site.url("/"))).isEmpty();
    }

    @Test
    void missingRobotsTxtAllowsEverything() {
        robots(aResponse().withStatus(404));

        assertThat(cache.check(site.url("/anything"))).isEqualTo(RobotsVerdict.ALLOWED);
        assertThat(cache.forUrl(site.url("/")).reason()).contains("HTTP 404", "allow all");
    }

    @Test
    void serverErrorDefersTheSite() {
        robots(aResponse().withStatus(503));

        HostRobots robots = cache.forUrl(site.url("/news/1.html"));

        assertThat(robots.verdict(site.url("/news/1.html"))).isEqualTo(RobotsVerdict.DEFER);
        assertThat(robots.reason()).contains(site.url("/robots.txt"), "HTTP 503");
    }

    @Test
    void tooManyRequestsDefersTheSite() {
        robots(aResponse().withStatus(429));

        assertThat(cache.check(site.url("/news/1.html"))).isEqualTo(RobotsVerdict.DEFER);
    }

    @Test
    void timeoutDefersTheSite() {
        robots(aResponse().withFixedDelay(3000).withBody("User-agent: *\nDisallow:\n"));

        assertThat(cache.check(site.url("/news/1.html"))).isEqualTo(RobotsVerdict.DEFER);
    }

    @Test
    void keepsRobotsForTheTtlAndFetchesAgainAfterIt() {
        robots(aResponse().withBody(LocalSite.resource("/politeness/robots-newsline-group.txt")));

        cache.check(site.url("/a"));
        clock.advance(Duration.ofMinutes(59));
        cache.check(site.url("/b"));
        assertThat(robotsRequests()).isEqualTo(1);

        clock.advance(Duration.ofMinutes(2));
        cache.check(site.url("/c"));
        assertThat(robotsRequests()).isEqualTo(2);
    }

    @Test
    void asksADeferredSiteAgainAfterTheDeferral() {
        robots(aResponse().withStatus(500));
        assertThat(cache.check(site.url("/a"))).isEqualTo(RobotsVerdict.DEFER);
        assertThat(cache.check(site.url("/a"))).isEqualTo(RobotsVerdict.DEFER);
        assertThat(robotsRequests()).isEqualTo(1);

        robots(aResponse().withStatus(404));
        clock.advance(RobotsCache.DEFER_FOR.plusSeconds(1));

        assertThat(cache.check(site.url("/a"))).isEqualTo(RobotsVerdict.ALLOWED);
        assertThat(robotsRequests()).isEqualTo(2);
    }
}
