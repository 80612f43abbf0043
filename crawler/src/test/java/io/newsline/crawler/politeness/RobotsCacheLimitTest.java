package io.newsline.crawler.politeness;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.crawler.fetch.HttpFetcher;
import io.newsline.crawler.testing.LocalSite;
import io.newsline.crawler.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A robots.txt larger than the fetch limit: its first 500 KiB are obeyed (RFC 9309), the host is not deferred. */
class RobotsCacheLimitTest {
    private LocalSite site;
    private HttpFetcher fetcher;
    private RobotsCache cache;

    @BeforeEach
    void start() {
        site = LocalSite.start("www.newdaily.test");
        fetcher = new HttpFetcher(LocalSite.fetchConfig(site));
        cache = RobotsCache.over(fetcher, new MutableClock(Instant.parse("2025-01-24T05:00:00Z")), host -> Duration.ofHours(1));
        StringBuilder robots = new StringBuilder("User-agent: *\nDisallow: /private/\n");
        String padding = "# " + "-".repeat(97) + "\n";
        while (robots.length() < 11 * 1024 * 1024) {
            robots.append(padding);
        }
        robots.append("Disallow: /late/\n"); // beyond what is parsed
        byte[] body = robots.toString().getBytes(StandardCharsets.US_ASCII);
        assertThat((long) body.length).isGreaterThan(fetcher.config().maxBodyBytes());
        site.server().stubFor(get(urlEqualTo("/robots.txt")).willReturn(aResponse()
                .withHeader("Content-Type", "text/plain").withBody(body)));
    }

    @AfterEach
    void stop() {
        fetcher.close();
        site.close();
    }

    @Test
    void obeysTheRulesInTheFirstPartOfARobotsTxtAboveTheLimit() {
        assertThat(cache.check(site.url("/private/a.html"))).isEqualTo(RobotsVerdict.DENIED);
        assertThat(cache.check(site.url("/news/1.html"))).isEqualTo(RobotsVerdict.ALLOWED);
    }

    @Test
    void ignoresTheRulesBeyondTheParseLimitAndSaysSo() {
        assertThat(cache.check(site.url("/late/a.html"))).isEqualTo(RobotsVerdict.ALLOWED);
        assertThat(cache.forUrl(site.url("/")).reason()).contains("larger than 512000 bytes", "RFC 9309");
    }
}
