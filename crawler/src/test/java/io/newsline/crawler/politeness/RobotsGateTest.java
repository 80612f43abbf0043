package io.newsline.crawler.politeness;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.crawler.fetch.FetchOutcome;
import io.newsline.crawler.fetch.FetchResult;
import io.newsline.crawler.testing.LocalSite;
import io.newsline.crawler.testing.MutableClock;
import io.newsline.parser.profile.Politeness;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RobotsGateTest {
    private static final Instant NOW = Instant.parse("2025-01-24T05:00:00Z");
    private final MutableClock clock = new MutableClock(NOW);
    private final AtomicInteger robotsFetches = new AtomicInteger();
    private final HostQueue host = new HostQueue("www.newdaily.co.kr", "newdaily", Politeness.DEFAULT);

    private RobotsGate gateServing(int status, byte[] robotsTxt) {
        RobotsCache cache = new RobotsCache(request -> {
            robotsFetches.incrementAndGet();
            FetchOutcome outcome = status == 200 ? FetchOutcome.OK : FetchOutcome.HTTP_ERROR;
            return new FetchResult(request.url(), null, status, "text/plain", null, null, null, robotsTxt, NOW,
                    Duration.ZERO, null, outcome, request.url() + ": HTTP " + status);
        }, "newsline", clock, h -> Duration.ofHours(1), Duration.ofMinutes(10));
        return new RobotsGate(cache);
    }

    @Test
    void firstUrlOfAHostFetchesRobotsAndLaterOnesUseTheCache() {
        RobotsGate gate = gateServing(200, LocalSite.resource("/politeness/robots-newsline-group.txt"));

        RobotsGate.Decision first = gate.decide("https://www.newdaily.co.kr/news/1.html", host);
        RobotsGate.Decision second = gate.decide("https://www.newdaily.co.kr/news/2.html", host);

        assertThat(first.kind()).isEqualTo(RobotsGate.Kind.PROCEED);
        assertThat(first.fetchedRobots()).isTrue();
        assertThat(first.crawlDelay()).contains(Duration.ofSeconds(1));
        assertThat(second.fetchedRobots()).isFalse();
        assertThat(robotsFetches.get()).isEqualTo(1);
    }

    @Test
    void deniesWhatTheNewslineGroupDisallows() {
        RobotsGate gate = gateServing(200, LocalSite.resource("/politeness/robots-newsline-group.txt"));

        assertThat(gate.decide("https://www.newdaily.co.kr/private/x.html", host).kind()).isEqualTo(RobotsGate.Kind.DENIED);
    }

    @Test
    void defersOnServerErrorNamingRobotsUrl() {
        RobotsGate.Decision d = gateServing(503, new byte[0]).decide("https://www.newdaily.co.kr/news/1.html", host);

        assertThat(d.kind()).isEqualTo(RobotsGate.Kind.DEFERRED);
        assertThat(d.reason()).contains("https://www.newdaily.co.kr/robots.txt: HTTP 503");
    }

    @Test
    void aRobotsFetchRefusedByTheAddressGuardBlocksTheHostWithTheGuardsReason() {
        RobotsCache cache = new RobotsCache(request -> new FetchResult(request.url(), null, 0, null, null, null, null, null,
                NOW, Duration.ZERO, null, FetchOutcome.BLOCKED_PRIVATE_ADDRESS,
                request.url() + ": refused to connect to 10.0.0.7 (private)"), "newsline", clock, h -> Duration.ofHours(1),
                Duration.ofMinutes(10));

        RobotsGate.Decision d = new RobotsGate(cache).decide("https://www.newdaily.co.kr/news/1.html", host);

        assertThat(d.kind()).isEqualTo(RobotsGate.Kind.BLOCKED);
        assertThat(d.reason()).isEqualTo("https://www.newdaily.co.kr/robots.txt: refused to connect to 10.0.0.7 (private)");
    }

    @Test
    void refusesACrawlDelayAboveTheLimitWithTheSettingToChange() {
        RobotsGate.Decision d = gateServing(200, LocalSite.resource("/politeness/robots-crawl-delay-120.txt"))
                .decide("https://www.newdaily.co.kr/news/1.html", host);

        assertThat(d.kind()).isEqualTo(RobotsGate.Kind.CRAWL_DELAY_TOO_LONG);
        assertThat(d.reason()).isEqualTo("host www.newdaily.co.kr asks for Crawl-delay 120 s, above the limit 60 s; "
                + "raise politeness.maxCrawlDelay in seeds/newdaily.yaml to crawl it");
    }

    @Test
    void withoutRobotsEverythingProceeds() {
        RobotsGate.Decision d = new RobotsGate(null).decide("https://www.newdaily.co.kr/private/x.html", host);

        assertThat(d.kind()).isEqualTo(RobotsGate.Kind.PROCEED);
        assertThat(d.fetchedRobots()).isFalse();
    }
}
