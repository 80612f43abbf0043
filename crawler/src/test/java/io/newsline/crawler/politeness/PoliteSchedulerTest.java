package io.newsline.crawler.politeness;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.newsline.crawler.fetch.Accept;
import io.newsline.crawler.fetch.FetchConfig;
import io.newsline.crawler.fetch.FetchRequest;
import io.newsline.crawler.fetch.HttpFetcher;
import io.newsline.crawler.testing.LocalSite;
import io.newsline.crawler.testing.MutableClock;
import io.newsline.crawler.testing.Poll;
import io.newsline.parser.profile.Politeness;
import io.newsline.parser.profile.SiteProfile;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PoliteSchedulerTest {
    private static final byte[] ARTICLE = LocalSite.resource("/fetch/article.html");

    private LocalSite a;
    private LocalSite b;
    private HttpFetcher fetcher;
    private PoliteScheduler scheduler;
    private final RecordingListener events = new RecordingListener();
    private final Map<String, SiteProfile> profiles = new ConcurrentHashMap<>();
    private final AtomicInteger okResults = new AtomicInteger();

    @AfterEach
    void stop() throws InterruptedException {
        if (scheduler != null) {
            scheduler.shutdownGracefully(Duration.ofSeconds(10));
        }
        if (fetcher != null) {
            fetcher.close();
        }
        for (LocalSite s : new LocalSite[] {a, b}) {
            if (s != null) {
                s.close();
            }
        }
    }

    private static Politeness politeness(Duration delay) {
        // delay, maxCrawlDelay, connections, maxFailures, backoffBase, backoffMax, robotsTtl
        return new Politeness(delay, Duration.ofSeconds(60), 1, 3, Duration.ofMillis(50), Duration.ofSeconds(5), Duration.ofHours(1));
    }

    private void profile(String name, LocalSite site, Politeness p) {
        profiles.put(site.host(), new SiteProfile(name, 1, null, List.of(site.host()), null, null, null, null, null, p, null, null));
    }

    private void startScheduler(boolean obeyRobots, LocalSite... sites) {
        fetcher = new HttpFetcher(LocalSite.fetchConfig(sites));
        PoliteScheduler.Builder builder = PoliteScheduler.builder()
                .profiles(host -> profiles.getOrDefault(host, SiteProfile.generic(host)))
                .listener(events)
                .threads(4)
                .jitter(() -> 0.0);
        if (obeyRobots) {
            builder.robots(RobotsCache.over(fetcher, Clock.systemUTC(), host -> Duration.ofHours(1)));
        }
        scheduler = builder.build();
    }

    private void fetchAll(LocalSite site, String... paths) {
        for (String path : paths) {
            scheduler.submit(site.url(path), url -> {
                HostFeedback feedback = HostFeedback.of(fetcher.fetch(FetchRequest.of(url, Accept.HTML)), Instant.now());
                if (feedback instanceof HostFeedback.Ok) {
                    okResults.incrementAndGet();
                }
                return feedback;
            });
        }
    }

    private void awaitIdle() throws InterruptedException {
        assertThat(scheduler.awaitIdle(Duration.ofSeconds(30))).as("scheduler went idle").isTrue();
    }

    private static void serve(LocalSite site, String path, ResponseDefinitionBuilder response) {
        site.server().stubFor(get(urlEqualTo(path)).willReturn(response));
    }

    private static List<Instant> pageRequestTimes(LocalSite site) {
        return site.server().findAll(getRequestedFor(urlMatching("/news/.*"))).stream()
                .map(LoggedRequest::getLoggedDate).map(java.util.Date::toInstant).sorted().toList();
    }

    private static void assertGapsAtLeast(List<Instant> times, Duration gap) {
        for (int i = 1; i < times.size(); i++) {
            assertThat(Duration.between(times.get(i - 1), times.get(i))).as("gap before request " + i).isGreaterThanOrEqualTo(gap);
        }
    }

    @Test
    void keepsTheDelayBetweenRequestsToOneHostWhileTwoHostsProceedInParallel() throws InterruptedException {
        a = LocalSite.start("www.a-news.test");
        b = LocalSite.start("www.b-news.test");
        Duration delay = Duration.ofMillis(400);
        for (LocalSite s : List.of(a, b)) {
            profile(s == a ? "anews" : "bnews", s, politeness(delay));
            serve(s, "/robots.txt", aResponse().withStatus(404));
            for (int i = 1; i <= 4; i++) {
                serve(s, "/news/" + i + ".html", aResponse().withFixedDelay(50).withBody(ARTICLE));
            }
        }
        startScheduler(true, a, b);

        fetchAll(a, "/news/1.html", "/news/2.html", "/news/3.html", "/news/4.html");
        fetchAll(b, "/news/1.html", "/news/2.html", "/news/3.html", "/news/4.html");
        awaitIdle();

        assertThat(okResults.get()).isEqualTo(8);
        List<Instant> onA = pageRequestTimes(a);
        List<Instant> onB = pageRequestTimes(b);
        assertThat(onA).hasSize(4);
        assertThat(onB).hasSize(4);
        assertGapsAtLeast(onA, delay);
        assertGapsAtLeast(onB, delay);
        // In parallel: each host started its pages before the other host finished its own.
        assertThat(onB.get(0)).isBefore(onA.get(3));
        assertThat(onA.get(0)).isBefore(onB.get(3));
        for (LocalSite s : List.of(a, b)) {
            assertThat(s.server().findAll(getRequestedFor(urlEqualTo("/robots.txt")))).hasSize(1);
        }
    }

    @Test
    void reportsHowLongEachUrlWaitedForItsHostsTurn() throws InterruptedException {
        a = LocalSite.start("www.a-news.test");
        Duration delay = Duration.ofSeconds(10);
        profile("anews", a, politeness(delay));
        for (int i = 1; i <= 3; i++) {
            serve(a, "/news/" + i + ".html", aResponse().withBody(ARTICLE));
        }
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        fetcher = new HttpFetcher(LocalSite.fetchConfig(a));
        scheduler = PoliteScheduler.builder().profiles(host -> profiles.getOrDefault(host, SiteProfile.generic(host)))
                .listener(events).threads(4).jitter(() -> 0.0).clock(clock).build();

        fetchAll(a, "/news/1.html", "/news/2.html", "/news/3.html");
        // the scheduler's clock stands still until moved: each move by the delay gives the host its next turn
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!scheduler.awaitIdle(Duration.ofMillis(200))) {
            assertThat(System.nanoTime()).as("waited for the three requests").isLessThan(deadline);
            clock.advance(delay);
        }

        assertThat(events.waitedForTurn).containsOnlyKeys(a.url("/news/1.html"), a.url("/news/2.html"), a.url("/news/3.html"));
        assertThat(events.waitedForTurn.get(a.url("/news/1.html"))).as("the host was free").isZero();
        assertThat(events.waitedForTurn.get(a.url("/news/2.html"))).isGreaterThanOrEqualTo(delay);
        assertThat(events.waitedForTurn.get(a.url("/news/3.html"))).isGreaterThanOrEqualTo(delay.multipliedBy(2));
    }

    @Test
    void skipsUrlsRobotsDeniesAndKeepsTheLargerCrawlDelay() throws InterruptedException {
        a = LocalSite.start("www.newdaily.test");
        profile("newdaily", a, politeness(Duration.ofMillis(100)));
        serve(a, "/robots.txt", aResponse().withBody(LocalSite.resource("/politeness/robots-newsline-group.txt")));
        serve(a, "/news/1.html", aResponse().withBody(ARTICLE));
        serve(a, "/news/2.html", aResponse().withBody(ARTICLE));
        serve(a, "/private/secret.html", aResponse().withBody(ARTICLE));
        startScheduler(true, a);

        fetchAll(a, "/news/1.html", "/private/secret.html", "/news/2.html");
        awaitIdle();

        assertThat(a.server().findAll(getRequestedFor(urlEqualTo("/private/secret.html")))).isEmpty();
        assertThat(events.robotsDenied).containsExactly(a.url("/private/secret.html"));
        List<Instant> pages = pageRequestTimes(a);
        assertThat(pages).hasSize(2);
        assertGapsAtLeast(pages, Duration.ofSeconds(1)); // robots Crawl-delay 1 s beats the profile's 100 ms
        Instant robotsAt = a.server().findAll(getRequestedFor(urlEqualTo("/robots.txt"))).get(0).getLoggedDate().toInstant();
        assertThat(Duration.between(robotsAt, pages.get(0))).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void parksAHostWhoseCrawlDelayIsAboveTheLimitNamingTheSetting() throws InterruptedException {
        a = LocalSite.start("www.newdaily.test");
        profile("newdaily", a, politeness(Duration.ofMillis(100)));
        serve(a, "/robots.txt", aResponse().withBody(LocalSite.resource("/politeness/robots-crawl-delay-120.txt")));
        startScheduler(true, a);

        fetchAll(a, "/news/1.html", "/news/2.html");
        awaitIdle();

        assertThat(events.parked).containsExactly("www.newdaily.test: host www.newdaily.test asks for Crawl-delay 120 s, "
                + "above the limit 60 s; raise politeness.maxCrawlDelay in seeds/newdaily.yaml to crawl it");
        assertThat(pageRequestTimes(a)).isEmpty();
        assertThat(events.dropped).containsExactlyInAnyOrder(a.url("/news/1.html"), a.url("/news/2.html"));
    }

    @Test
    void aHostOnALoopbackAddressIsReportedAsBlockedNotAsRobotsTxtUnreadable() throws InterruptedException {
        a = LocalSite.start("www.newdaily.test");
        fetcher = new HttpFetcher(FetchConfig.defaults("0.1"));
        scheduler = PoliteScheduler.builder()
                .profiles(SiteProfile::generic)
                .listener(events)
                .threads(2)
                .robots(RobotsCache.over(fetcher, Clock.systemUTC(), host -> Duration.ofHours(1)))
                .build();
        String base = "http://127.0.0.1:" + a.port();

        for (String url : List.of(base + "/news/1.html", base + "/news/2.html")) {
            scheduler.submit(url, u -> HostFeedback.of(fetcher.fetch(FetchRequest.of(u, Accept.HTML)), Instant.now()));
        }
        awaitIdle();

        assertThat(events.deferred).isEmpty();
        assertThat(events.blocked).hasSize(2).allSatisfy(line -> assertThat(line).contains("loopback", "--resolve"));
        assertThat(a.server().findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void defersAHostWhoseRobotsTxtAnswers5xxWithoutFetchingItsPages() throws InterruptedException {
        a = LocalSite.start("www.newdaily.test");
        profile("newdaily", a, politeness(Duration.ofMillis(100)));
        serve(a, "/robots.txt", aResponse().withStatus(500));
        startScheduler(true, a);

        fetchAll(a, "/news/1.html", "/news/2.html", "/news/3.html");
        awaitIdle();

        assertThat(events.deferred).hasSize(1);
        assertThat(events.deferred.get(0)).startsWith("www.newdaily.test: ").contains("HTTP 500");
        assertThat(pageRequestTimes(a)).isEmpty();
        assertThat(events.dropped).hasSize(3);
    }

    @Test
    void honoursRetryAfterInSecondsBeforeRetrying() throws InterruptedException {
        a = LocalSite.start("www.newdaily.test");
        profile("newdaily", a, politeness(Duration.ZERO));
        stubFirstThenOk(a, "/news/1.html", aResponse().withStatus(429).withHeader("Retry-After", "1"));
        startScheduler(false, a);

        fetchAll(a, "/news/1.html");
        awaitIdle();

        List<Instant> tries = pageRequestTimes(a);
        assertThat(tries).hasSize(2);
        assertThat(Duration.between(tries.get(0), tries.get(1))).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(events.backoffDurations).containsExactly(Duration.ofSeconds(1));
        assertThat(okResults.get()).isEqualTo(1);
    }

    @Test
    void honoursRetryAfterAsHttpDate() throws InterruptedException {
        a = LocalSite.start("www.newdaily.test");
        profile("newdaily", a, politeness(Duration.ZERO));
        Instant retryAt = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
        String httpDate = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(retryAt, ZoneOffset.UTC));
        stubFirstThenOk(a, "/news/1.html", aResponse().withStatus(503).withHeader("Retry-After", httpDate));
        startScheduler(false, a);

        fetchAll(a, "/news/1.html");
        awaitIdle();

        List<Instant> tries = pageRequestTimes(a);
        assertThat(tries).hasSize(2);
        assertThat(tries.get(1)).isAfterOrEqualTo(retryAt);
        assertThat(okResults.get()).isEqualTo(1);
    }

    @Test
    void parksAHostAfterMaxFailuresOfA503StormWhileAnotherHostIsUnaffected() throws InterruptedException {
        a = LocalSite.start("www.storm.test");
        b = LocalSite.start("www.calm.test");
        profile("storm", a, politeness(Duration.ZERO));
        profile("calm", b, politeness(Duration.ofMillis(50)));
        a.server().stubFor(get(urlMatching("/news/.*")).willReturn(aResponse().withStatus(503)));
        b.server().stubFor(get(urlMatching("/news/.*")).willReturn(aResponse().withBody(ARTICLE)));
        startScheduler(false, a, b);

        fetchAll(a, "/news/1.html", "/news/2.html", "/news/3.html", "/news/4.html", "/news/5.html", "/news/6.html");
        fetchAll(b, "/news/1.html", "/news/2.html", "/news/3.html", "/news/4.html");
        awaitIdle();

        assertThat(pageRequestTimes(a)).hasSize(3); // maxFailures = 3, then parked
        assertThat(events.parked).hasSize(1);
        assertThat(events.parked.get(0)).startsWith("www.storm.test: host www.storm.test failed 3 times in a row")
                .contains("HTTP 503").endsWith("parked for the rest of the run");
        assertThat(events.dropped).hasSize(6).allMatch(u -> u.contains("www.storm.test"));
        assertThat(pageRequestTimes(b)).hasSize(4);
        assertThat(okResults.get()).isEqualTo(4);

        scheduler.submit(a.url("/news/7.html"), url -> HostFeedback.ok());
        assertThat(events.dropped).hasSize(7);
    }

    @Test
    void backsOffExponentiallyBetweenFailures() throws InterruptedException {
        a = LocalSite.start("www.newdaily.test");
        profile("newdaily", a, new Politeness(Duration.ZERO, null, 1, 5, Duration.ofMillis(200), Duration.ofSeconds(5), null));
        a.server().stubFor(get(urlMatching("/news/.*")).willReturn(aResponse().withStatus(500)));
        startScheduler(false, a);

        fetchAll(a, "/news/1.html");
        awaitIdle();

        List<Instant> tries = pageRequestTimes(a);
        assertThat(tries).hasSize(3); // maxAttempts = 3
        assertThat(Duration.between(tries.get(0), tries.get(1))).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        assertThat(Duration.between(tries.get(1), tries.get(2))).isGreaterThanOrEqualTo(Duration.ofMillis(400));
        assertThat(events.backoffDurations).startsWith(Duration.ofMillis(200), Duration.ofMillis(400));
        assertThat(events.dropped).containsExactly(a.url("/news/1.html"));
    }

    @Test
    void doesNotRetryClientErrors() throws InterruptedException {
        a = LocalSite.start("www.newdaily.test");
        profile("newdaily", a, politeness(Duration.ZERO));
        serve(a, "/news/gone.html", aResponse().withStatus(404));
        startScheduler(false, a);

        fetchAll(a, "/news/gone.html");
        awaitIdle();

        assertThat(pageRequestTimes(a)).hasSize(1);
        assertThat(events.backoffs).isEmpty();
    }

    @Test
    void aRedirectTargetOnAnotherHostThatRefusesConnectionsDoesNotParkTheOrigin() throws Exception {
        a = LocalSite.start("www.origin.test");
        profile("origin", a, politeness(Duration.ZERO));
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        a.server().stubFor(get(urlMatching("/news/.*")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "http://gone.test:" + closedPort + "/moved")));
        startScheduler(false, a);
        fetcher.close();
        fetcher = new HttpFetcher(LocalSite.fetchConfig(a).withResolve(List.of(a.resolveEntry(),
                io.newsline.crawler.fetch.ResolveEntry.parse("gone.test:" + closedPort + ":127.0.0.1"))));

        fetchAll(a, "/news/1.html", "/news/2.html", "/news/3.html", "/news/4.html", "/news/5.html");
        awaitIdle();

        assertThat(pageRequestTimes(a)).hasSize(5); // maxFailures = 3, yet every page was asked for
        assertThat(events.parked).isEmpty();
        assertThat(events.backoffs).isEmpty();
    }

    @Test
    void shutdownFinishesTheRunningFetchAndDropsTheQueue() throws InterruptedException {
        a = LocalSite.start("www.newdaily.test");
        profile("newdaily", a, politeness(Duration.ofMillis(200)));
        a.server().stubFor(get(urlMatching("/news/.*")).willReturn(aResponse().withFixedDelay(500).withBody(ARTICLE)));
        startScheduler(false, a);

        fetchAll(a, "/news/1.html", "/news/2.html", "/news/3.html", "/news/4.html");
        Poll.until(Duration.ofSeconds(10), "the first request", () -> !pageRequestTimes(a).isEmpty());

        assertThat(scheduler.shutdownGracefully(Duration.ofSeconds(10))).isTrue();

        assertThat(okResults.get()).isEqualTo(1);
        assertThat(pageRequestTimes(a)).hasSize(1);
        assertThat(events.dropped).containsExactlyInAnyOrder(a.url("/news/2.html"), a.url("/news/3.html"), a.url("/news/4.html"));
        scheduler = null;
    }

    /** The first request to {@code path} gets {@code first}; later ones the article. */
    private static void stubFirstThenOk(LocalSite site, String path, ResponseDefinitionBuilder first) {
        site.server().stubFor(get(urlEqualTo(path)).inScenario(path).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(first).willSetStateTo("answered"));
        site.server().stubFor(get(urlEqualTo(path)).inScenario(path).whenScenarioStateIs("answered")
                .willReturn(aResponse().withBody(ARTICLE)));
    }

    @Test
    void aSlowHostDoesNotHoldUpAFastOne() throws InterruptedException {
        a = LocalSite.start("www.slow.test");
        b = LocalSite.start("www.fast.test");
        profile("slow", a, politeness(Duration.ZERO));
        profile("fast", b, politeness(Duration.ofMillis(50)));
        a.server().stubFor(get(urlMatching("/news/.*")).willReturn(aResponse().withFixedDelay(1500).withBody(ARTICLE)));
        b.server().stubFor(get(urlMatching("/news/.*")).willReturn(aResponse().withBody(ARTICLE)));
        startScheduler(false, a, b);

        fetchAll(a, "/news/1.html", "/news/2.html");
        fetchAll(b, "/news/1.html", "/news/2.html", "/news/3.html");
        Poll.until(Duration.ofSeconds(20), "the fast host's three pages", () -> pageRequestTimes(b).size() == 3 && okResults.get() >= 3);

        // All three fast pages were fetched while the slow host was still on its first page.
        assertThat(pageRequestTimes(a)).hasSize(1);
        awaitIdle();
        assertThat(okResults.get()).isEqualTo(5);
    }

    @Test
    void aTaskThatThrowsIsReportedAndTheHostGoesOn() throws InterruptedException {
        a = LocalSite.start("www.newdaily.test");
        profile("newdaily", a, politeness(Duration.ZERO));
        serve(a, "/news/2.html", aResponse().withBody(ARTICLE));
        startScheduler(false, a);
        scheduler.close(); // replaced by one with its own listener below
        java.util.List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        scheduler = PoliteScheduler.builder().profiles(host -> profiles.get(host)).threads(1)
                .listener(new PolitenessListener() {
                    @Override
                    public void taskFailed(String url, RuntimeException error) {
                        failures.add(url + " " + error.getMessage());
                    }
                }).build();

        scheduler.submit(a.url("/news/1.html"), url -> {
            throw new IllegalStateException("parser bug");
        });
        fetchAll(a, "/news/2.html");
        awaitIdle();

        assertThat(failures).containsExactly(a.url("/news/1.html") + " parser bug");
        assertThat(okResults.get()).isEqualTo(1);
    }

    @Test
    void anErrorInATaskStopsTheSchedulerPromptlyAndIsReported() throws InterruptedException {
        scheduler = PoliteScheduler.builder().profiles(SiteProfile::generic).listener(events).threads(1).build();
        AtomicInteger ran = new AtomicInteger();

        // no request is made: the tasks never fetch, the URLs only name hosts for the queues
        scheduler.submit("http://www.a-news.test/news/1.html", url -> {
            throw new OutOfMemoryError("test: Java heap space");
        });
        for (int i = 2; i <= 4; i++) {
            scheduler.submit("http://www.a-news.test/news/" + i + ".html", url -> {
                ran.incrementAndGet();
                return HostFeedback.ok();
            });
        }

        awaitIdle();
        assertThat(scheduler.failure()).get().extracting(Error::getMessage).isEqualTo("test: Java heap space");
        assertThat(events.fatal).containsExactly("http://www.a-news.test/news/1.html test: Java heap space");
        assertThat(ran.get()).as("nothing started after the Error").isZero();
        assertThat(events.dropped).hasSize(3);
    }

    @Test
    void theDelayHoldsFromOneSchedulersLastRequestToTheNextSchedulersFirstAndRobotsIsReadOnce() throws InterruptedException {
        a = LocalSite.start("www.a-news.test");
        Duration delay = Duration.ofMillis(300);
        profile("anews", a, politeness(delay));
        serve(a, "/robots.txt", aResponse().withStatus(200).withBody("User-agent: *\nAllow: /\n"));
        serve(a, "/news/1.html", aResponse().withBody(ARTICLE));
        serve(a, "/news/2.html", aResponse().withBody(ARTICLE));
        fetcher = new HttpFetcher(LocalSite.fetchConfig(a));
        RobotsCache robots = RobotsCache.over(fetcher, Clock.systemUTC(), host -> Duration.ofHours(1));
        HostTurns turns = new HostTurns();

        for (String page : List.of("/news/1.html", "/news/2.html")) { // two runs of one process, one after the other
            scheduler = PoliteScheduler.builder().profiles(profiles::get).robots(robots).turns(turns).listener(events)
                    .threads(2).build();
            fetchAll(a, page);
            awaitIdle();
            assertThat(scheduler.shutdownGracefully(Duration.ofSeconds(10))).isTrue();
        }

        assertThat(okResults.get()).isEqualTo(2);
        assertThat(a.server().findAll(getRequestedFor(urlEqualTo("/robots.txt")))).as("robots.txt within its TTL").hasSize(1);
        List<Instant> all = a.server().findAll(getRequestedFor(urlMatching("/.*"))).stream()
                .map(LoggedRequest::getLoggedDate).map(java.util.Date::toInstant).sorted().toList();
        assertThat(all).hasSize(3);
        assertGapsAtLeast(all, delay);
    }
}
