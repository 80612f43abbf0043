package io.newsline.crawler.worker;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsline.crawler.fetch.FetchConfig;
import io.newsline.crawler.fetch.HttpFetcher;
import io.newsline.crawler.fetch.ResolveEntry;
import io.newsline.crawler.frontier.SiteKey;
import io.newsline.crawler.run.CrawlListener;
import io.newsline.crawler.seeds.SeedsReader;
import io.newsline.crawler.testing.LocalSite;
import io.newsline.crawler.testing.Poll;
import io.newsline.parser.profile.SiteProfiles;
import io.newsline.publisher.testing.TestBroker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two workers in one group over the two-host paper of {@code e2e/two-hosts}, one owning the frontier partition of each
 * host: what the owner of the north host learns while discovering (a link on its article, a sitemap {@code lastmod})
 * reaches the owner of the south host with the URL, so the south owner records how the URL was found and refetches an
 * article whose edit the north host's sitemap announced. The sitemap is served only once the group has settled with one
 * host per worker, so that every south URL crosses from one worker to the other.
 */
class WorkerHintHandOverTest {
    private static final String NORTH = "www.north.example";
    private static final String SOUTH = "www.south.example";
    /** With the group's range assignment, two workers get partitions {0, 1} and {2, 3}: the two hosts' are 0 and 2. */
    private static final int PARTITIONS = 4;
    private static final DateTimeFormatter PATH_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String topic = "hint.articles." + run;
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private final List<WorkerRun> workers = new ArrayList<>();
    private final List<HttpFetcher> fetchers = new ArrayList<>();
    private LocalSite site;
    private String lastmod = "2000-01-01T00:00:00Z";

    @BeforeEach
    void start() {
        site = LocalSite.start(NORTH);
        serve(NORTH, "/news/" + date(today) + "/1001.html", "/e2e/two-hosts/north-1001.html", "text/html; charset=utf-8");
        for (String n : List.of("2001", "2002", "2003")) {
            serve(SOUTH, "/news/" + date(today) + "/" + n + ".html", "/e2e/two-hosts/south-" + n + ".html",
                    "text/html; charset=utf-8");
        }
    }

    @AfterEach
    void stop() throws InterruptedException {
        workers.forEach(WorkerRun::stop);
        for (WorkerRun w : workers) {
            w.awaitStopped(Duration.ofSeconds(60));
        }
        fetchers.forEach(HttpFetcher::close);
        site.close();
    }

    @Test
    void articlesLinkedFromAnotherWorkersPageArePublishedSayingWhichPageLinkedThem() throws Exception {
        startTwoWorkersOneHostEach();
        serve(NORTH, "/sitemap.xml", "/e2e/two-hosts/north-sitemap.xml", "application/xml");
        String north = origin(NORTH) + "/news/" + date(today) + "/1001.html";
        String south1 = origin(SOUTH) + "/news/" + date(today) + "/2001.html";
        String south2 = origin(SOUTH) + "/news/" + date(today) + "/2002.html";

        Poll.until(Duration.ofSeconds(90), "the linked south articles published",
                () -> urls(published()).containsAll(List.of(north, south1, south2)));

        for (JsonNode r : published()) {
            if (r.get("url").asText().contains(SOUTH)) {
                assertThat(r.at("/extraction/foundBy/source").asText()).as(r.get("url").asText()).isEqualTo("link");
                assertThat(r.at("/extraction/foundBy/url").asText()).as(r.get("url").asText()).isEqualTo(north);
            }
        }
    }

    @Test
    void anEditTheNorthSitemapAnnouncesMakesTheOwnerOfTheSouthArticleRefetchItAndPublishVersionTwo() throws Exception {
        String path = "/news/" + date(today.minusDays(40)) + "/2500.html";
        article(path, "/e2e/two-hosts/north-1500-v1.html", "\"v1\"");
        startTwoWorkersOneHostEach();
        serve(NORTH, "/sitemap.xml", "/worker/hint-handover/north-sitemap-listing-south.xml", "application/xml");
        Poll.until(Duration.ofSeconds(90), "version 1 published", () -> versionsOf(path).contains(1));

        article(path, "/e2e/two-hosts/north-1500-v2.html", "\"v2\"");
        lastmod = Instant.now().plus(1, ChronoUnit.SECONDS).toString();
        serve(NORTH, "/sitemap.xml", "/worker/hint-handover/north-sitemap-listing-south.xml", "application/xml");

        Poll.until(Duration.ofSeconds(90), "version 2 published after the announced edit", () -> versionsOf(path).contains(2));
        List<JsonNode> versions = published().stream().filter(r -> r.get("url").asText().endsWith(path)).toList();
        assertThat(versions).extracting(r -> r.get("version").asInt()).containsExactly(1, 2);
        assertThat(versions.get(1).get("text").asText()).contains("Correction");
    }

    /** Starts two workers and waits until the north host's partition is one's and the south host's the other's. */
    private void startTwoWorkersOneHostEach() throws IOException {
        int north = SiteKey.partition(SiteKey.ofHost(NORTH), PARTITIONS);
        int south = SiteKey.partition(SiteKey.ofHost(SOUTH), PARTITIONS);
        assertThat(north).as("the test needs the two hosts on different partitions").isNotEqualTo(south);
        Path seeds = tmp.resolve("twohosts.yaml");
        Files.writeString(seeds, text("/e2e/two-hosts/twohosts.yaml").replace("{{robots}}", "false"), StandardCharsets.UTF_8);
        for (int i = 0; i < 2; i++) {
            startWorker(seeds, i);
        }
        Poll.until(Duration.ofSeconds(60), "one worker owning partition " + north + " (north) and the other " + south
                + " (south)", () -> workers.stream().anyMatch(w -> w.ownedPartitions().contains(north)
                && !w.ownedPartitions().contains(south)) && workers.stream().anyMatch(w -> w.ownedPartitions().contains(south)
                && !w.ownedPartitions().contains(north)));
    }

    private void startWorker(Path seeds, int i) {
        String loopback = ":" + site.port() + ":127.0.0.1";
        WorkerConfig config = WorkerConfig.builder(TestBroker.bootstrap(), "hint-" + run, seeds)
                .topic(topic)
                .frontierTopic("hint.frontier." + run)
                .stateTopic("hint.state." + run)
                .partitions(PARTITIONS)
                .stateDir(tmp.resolve("state-" + i))
                .fetch(FetchConfig.defaults().withResolve(List.of(ResolveEntry.parse(NORTH + loopback),
                        ResolveEntry.parse(SOUTH + loopback))).withAllowPrivateAddresses(true))
                .discoverEvery(Duration.ofSeconds(1))
                .sessionTimeout(Duration.ofSeconds(6))
                .transactionTimeout(Duration.ofSeconds(10))
                .build();
        SiteProfiles profiles = new SeedsReader().read(seeds);
        HttpFetcher fetcher = new HttpFetcher(config.settings().fetch());
        fetchers.add(fetcher);
        WorkerRun worker = new WorkerRun(config, profiles, fetcher, Clock.systemUTC(), CrawlListener.NONE);
        workers.add(worker);
        Thread t = new Thread(worker::run, "hint-worker-" + i);
        t.setDaemon(true);
        t.start();
    }

    private List<JsonNode> published() {
        List<JsonNode> records = new ArrayList<>();
        try {
            for (TestBroker.StoredRecord r : TestBroker.readAll(topic, Duration.ofSeconds(2))) {
                records.add(JSON.readTree(r.valueText()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException topicNotThereYet) {
            return List.of();
        }
        return records;
    }

    private static Set<String> urls(List<JsonNode> records) {
        return new java.util.HashSet<>(records.stream().map(r -> r.get("url").asText()).toList());
    }

    private List<Integer> versionsOf(String path) {
        return published().stream().filter(r -> r.get("url").asText().endsWith(path)).map(r -> r.get("version").asInt()).toList();
    }

    private void article(String path, String fixture, String etag) {
        site.server().stubFor(get(urlPathEqualTo(path)).withHeader("Host", equalTo(SOUTH + ":" + site.port()))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html; charset=utf-8")
                        .withHeader("ETag", etag).withBody(text(fixture))));
    }

    private void serve(String host, String path, String fixture, String contentType) {
        site.server().stubFor(get(urlPathEqualTo(path)).withHeader("Host", equalTo(host + ":" + site.port()))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", contentType).withBody(text(fixture))));
    }

    private String origin(String host) {
        return "http://" + host + ":" + site.port();
    }

    private static String date(LocalDate d) {
        return d.format(PATH_DATE);
    }

    /** A fixture with the placeholders of {@code e2e/two-hosts/README.md} filled in. */
    private String text(String fixture) {
        return new String(LocalSite.resource(fixture), StandardCharsets.UTF_8)
                .replace("{{north}}", origin(NORTH)).replace("{{south}}", origin(SOUTH))
                .replace("{{third}}", "http://www.third.example:" + site.port())
                .replace("{{today}}", date(today)).replace("{{old}}", date(today.minusDays(60)))
                .replace("{{stale}}", date(today.minusDays(40))).replace("{{lastmod}}", lastmod)
                .replace("{{stalePublished}}", today.minusDays(40) + "T09:00:00+00:00");
    }
}
