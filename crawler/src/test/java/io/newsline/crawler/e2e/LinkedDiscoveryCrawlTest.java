package io.newsline.crawler.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsline.crawler.cli.Newsline;
import io.newsline.crawler.testing.LogCapture;
import io.newsline.crawler.testing.LocalSite;
import io.newsline.publisher.testing.TestBroker;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A paper on two hosts whose site file has start points on one: the other host's articles are found through the links
 * of the first host's article pages and through the second host's robots.txt, within the site file's hosts, link cap and
 * recrawl window; an edit a sitemap announces makes an old article due again. One WireMock server answers for all three
 * host names (by the Host header), each sent to 127.0.0.1 with {@code --resolve}.
 */
class LinkedDiscoveryCrawlTest {
    private static final String FIXTURES = "/e2e/two-hosts/";
    private static final String NORTH = "www.north.example";
    private static final String SOUTH = "www.south.example";
    private static final String THIRD = "www.third.example";
    private static final DateTimeFormatter PATH_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private LocalSite site;
    private String topic;
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private String lastmod = "2000-01-01T00:00:00Z";

    @BeforeEach
    void start() {
        site = LocalSite.start(NORTH);
        topic = TestBroker.uniqueTopic("linked-discovery");
        serve(NORTH, "/sitemap.xml", "north-sitemap.xml", "application/xml");
        serve(NORTH, "/news/" + date(today) + "/1001.html", "north-1001.html", "text/html; charset=utf-8");
        for (String n : List.of("2001", "2002", "2003", "2004")) {
            serve(SOUTH, "/news/" + date(today) + "/" + n + ".html", "south-" + n + ".html", "text/html; charset=utf-8");
        }
        serve(SOUTH, "/news/" + date(today.minusDays(60)) + "/2009.html", "south-2009.html", "text/html; charset=utf-8");
        serve(THIRD, "/news/" + date(today) + "/3001.html", "south-2001.html", "text/html; charset=utf-8");
        serve(SOUTH, "/robots.txt", "south-robots.txt", "text/plain");
        serve(SOUTH, "/south-sitemap.xml", "south-sitemap.xml", "application/xml");
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void articlesOfTheSecondHostLinkedFromTheFirstHostsArticlesArePublishedAndSayWhichPageLinkedThem() throws Exception {
        String out = crawl(false);

        Map<String, JsonNode> byUrl = publishedByUrl();
        String north = origin(NORTH) + "/news/" + date(today) + "/1001.html";
        String south1 = origin(SOUTH) + "/news/" + date(today) + "/2001.html";
        assertThat(byUrl).as(out).containsKeys(north, south1, origin(SOUTH) + "/news/" + date(today) + "/2002.html");
        assertThat(byUrl.get(south1).at("/extraction/foundBy/source").asText()).isEqualTo("link");
        assertThat(byUrl.get(south1).at("/extraction/foundBy/url").asText()).isEqualTo(north);
        assertThat(byUrl.get(north).at("/extraction/foundBy/source").asText()).isEqualTo("sitemap");
        assertThat(byUrl.get(north).at("/extraction/foundBy/url").asText()).isEqualTo(origin(NORTH) + "/sitemap.xml");
    }

    @Test
    void aLinkToAHostTheSiteFileDoesNotListIsNeverRequested() throws Exception {
        String out = crawl(false);

        assertThat(publishedByUrl()).as(out).isNotEmpty();
        assertThat(site.server().findAll(getRequestedFor(urlPathMatching(".*")).withHeader("Host", equalTo(THIRD + ":" + site.port()))))
                .isEmpty();
    }

    @Test
    void aLinkedArticleOlderThanTheRecrawlWindowByItsUrlDateIsNotFetched() throws Exception {
        String out = crawl(false);

        assertThat(publishedByUrl()).as(out).isNotEmpty();
        assertThat(requestsTo(SOUTH, "/news/" + date(today.minusDays(60)) + "/2009.html")).isZero();
    }

    @Test
    void theLinkCapOfTheSiteFileHoldsAndTheRunSaysWhichSettingToRaise() throws Exception {
        String out = crawl(false);

        assertThat(publishedByUrl().keySet()).as(out).filteredOn(u -> u.contains(SOUTH)).hasSize(2);
        assertThat(requestsTo(SOUTH, "/news/" + date(today) + "/2003.html")).isZero();
        assertThat(out).contains("left 1 linked article URL(s) beyond 2 per run; raise discovery.maxLinkedPerRun");
    }

    @Test
    void theRobotsTxtSitemapsOfAHostWithoutStartPointsAreRead() throws Exception {
        String out = crawl(true);

        JsonNode fromRobots = publishedByUrl().get(origin(SOUTH) + "/news/" + date(today) + "/2004.html");
        assertThat(fromRobots).as(out).isNotNull();
        assertThat(fromRobots.at("/extraction/foundBy/source").asText()).isEqualTo("robots");
        assertThat(fromRobots.at("/extraction/foundBy/url").asText()).isEqualTo(origin(SOUTH) + "/south-sitemap.xml");
    }

    @Test
    void anEditTheSitemapAnnouncesAfterTheLastFetchRepublishesAnArticleOlderThanTheRecrawlWindow() throws Exception {
        String path = staleArticle("north-1500-v1.html", "\"v1\"");
        crawl(false);
        staleArticle("north-1500-v2.html", "\"v2\"");
        announceEdit();

        String out = crawl(false);

        List<JsonNode> versions = published().stream().filter(r -> r.get("url").asText().endsWith(path)).toList();
        assertThat(versions).as(out).extracting(r -> r.get("version").asInt()).containsExactly(1, 2);
        assertThat(versions.get(1).get("text").asText()).contains("Correction");
    }

    @Test
    void anOldArticleWhoseSitemapAnnouncesNoNewEditIsNotFetchedAgain() throws Exception {
        String path = staleArticle("north-1500-v1.html", "\"v1\"");
        crawl(false);

        crawl(false);

        assertThat(requestsTo(NORTH, path)).isEqualTo(1);
    }

    @Test
    void anAnnouncedEditAnsweredWith304IsAskedConditionallyAndPublishesNothing() throws Exception {
        String path = staleArticle("north-1500-v1.html", "\"v1\"");
        crawl(false);
        site.server().stubFor(get(urlPathEqualTo(path)).withHeader("Host", equalTo(NORTH + ":" + site.port()))
                .withHeader("If-None-Match", equalTo("\"v1\"")).atPriority(1).willReturn(aResponse().withStatus(304)));
        announceEdit();

        String out = crawl(false);

        assertThat(requestsTo(NORTH, path)).as(out).isEqualTo(2);
        assertThat(published()).filteredOn(r -> r.get("url").asText().endsWith(path)).hasSize(1);
    }

    /** The sitemap's {@code lastmod} of the old article moves past its last fetch. */
    private void announceEdit() {
        lastmod = Instant.now().plus(1, ChronoUnit.SECONDS).toString();
        serve(NORTH, "/sitemap.xml", "north-stale-sitemap.xml", "application/xml");
    }

    /** Serves the sitemap listing only the 40-day-old article, and {@code fixture} as that article; returns its path. */
    private String staleArticle(String fixture, String etag) {
        String path = "/news/" + date(today.minusDays(40)) + "/1500.html";
        serve(NORTH, "/sitemap.xml", "north-stale-sitemap.xml", "application/xml");
        site.server().stubFor(get(urlPathEqualTo(path)).withHeader("Host", equalTo(NORTH + ":" + site.port()))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html; charset=utf-8")
                        .withHeader("ETag", etag).withBody(text(fixture))));
        return path;
    }

    private String crawl(boolean robotsSitemaps) throws Exception {
        Path seeds = tmp.resolve("twohosts.yaml");
        Files.writeString(seeds, text("twohosts.yaml").replace("{{robots}}", Boolean.toString(robotsSitemaps)),
                StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        CommandLine cl = Newsline.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(out));
        String loopback = ":" + site.port() + ":127.0.0.1";
        try (LogCapture log = LogCapture.start()) { // the run's messages go through SLF4J, the summary to out
            int exit = cl.execute("crawl", "--seeds", seeds.toString(), "--topic", topic, "--data", tmp.resolve("data").toString(),
                    "--kafka", TestBroker.bootstrap(), "--resolve", NORTH + loopback, "--resolve", SOUTH + loopback,
                    "--resolve", THIRD + loopback);
            assertThat(exit).as(out + log.text()).isZero();
            return out + "\n" + log.text();
        }
    }

    private List<JsonNode> published() throws Exception {
        List<JsonNode> records = new java.util.ArrayList<>();
        for (TestBroker.StoredRecord r : TestBroker.readAll(topic, Duration.ofSeconds(10))) {
            records.add(JSON.readTree(r.valueText()));
        }
        return records;
    }

    private Map<String, JsonNode> publishedByUrl() throws Exception {
        return published().stream().collect(Collectors.toMap(r -> r.get("url").asText(), r -> r, (a, b) -> b));
    }

    private int requestsTo(String host, String path) {
        return site.server().findAll(getRequestedFor(urlPathEqualTo(path)).withHeader("Host", equalTo(host + ":" + site.port()))).size();
    }

    private String origin(String host) {
        return "http://" + host + ":" + site.port();
    }

    private static String date(LocalDate d) {
        return d.format(PATH_DATE);
    }

    private void serve(String host, String path, String fixture, String contentType) {
        site.server().stubFor(get(urlPathEqualTo(path)).withHeader("Host", equalTo(host + ":" + site.port()))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", contentType).withBody(text(fixture))));
    }

    /** A fixture with its placeholders (see the fixtures' README) filled in. */
    private String text(String fixture) {
        return new String(LocalSite.resource(FIXTURES + fixture), StandardCharsets.UTF_8)
                .replace("{{north}}", origin(NORTH)).replace("{{south}}", origin(SOUTH)).replace("{{third}}", origin(THIRD))
                .replace("{{today}}", date(today)).replace("{{old}}", date(today.minusDays(60)))
                .replace("{{stale}}", date(today.minusDays(40))).replace("{{lastmod}}", lastmod)
                .replace("{{stalePublished}}", today.minusDays(40) + "T09:00:00+00:00");
    }
}
