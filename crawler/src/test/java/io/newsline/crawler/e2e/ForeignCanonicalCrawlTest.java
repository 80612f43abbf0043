package io.newsline.crawler.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.crawler.cli.Newsline;
import io.newsline.crawler.testing.LocalSite;
import io.newsline.publisher.testing.TestBroker;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Two pages of one site that name a canonical URL on another host are two articles keyed by their own URLs, so
 * crawling them again publishes nothing (keyed by the foreign URL, each crawl published both as new versions).
 */
class ForeignCanonicalCrawlTest {
    private static final String FIXTURES = "/e2e/foreign-canonical/";

    @TempDir
    Path tmp;

    private LocalSite site;
    private String topic;

    @BeforeEach
    void start() {
        site = LocalSite.start("www.harbourtimes.example");
        topic = TestBroker.uniqueTopic("foreign-canonical");
        serve("/sitemap.xml", "sitemap.xml", "application/xml");
        serve("/2026/03/ferry.html", "ferry.html", "text/html; charset=utf-8");
        serve("/2026/03/ferry-print.html", "ferry-print.html", "text/html; charset=utf-8");
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void twoPagesWithACanonicalUrlOnAnotherSitePublishNoNewVersionsWhenCrawledAgain() throws Exception {
        String first = crawl();
        String second = crawl();

        List<TestBroker.StoredRecord> records = TestBroker.readAll(topic, Duration.ofSeconds(10));
        assertThat(records).as(first + second).hasSize(2);
        assertThat(records).extracting(TestBroker.StoredRecord::key).doesNotHaveDuplicates();
        assertThat(records).extracting(r -> r.headers().get("newsline-version")).containsOnly("1");
        assertThat(second).contains("articles published 0");
    }

    private String crawl() throws Exception {
        Path seeds = tmp.resolve("harbour.yaml");
        Files.writeString(seeds, text("harbour.yaml"), StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        CommandLine cl = Newsline.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(out));
        int exit = cl.execute("crawl", "--seeds", seeds.toString(), "--topic", topic, "--data", tmp.resolve("data").toString(),
                "--kafka", TestBroker.bootstrap(), "--resolve", site.host() + ":" + site.port() + ":127.0.0.1", "--quiet");
        assertThat(exit).as(out.toString()).isZero();
        return out.toString();
    }

    private void serve(String path, String fixture, String contentType) {
        site.server().stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", contentType).withBody(text(fixture))));
    }

    /** A fixture with {@code {{origin}}} replaced by this site's origin. */
    private String text(String fixture) {
        return new String(LocalSite.resource(FIXTURES + fixture), StandardCharsets.UTF_8).replace("{{origin}}", site.url(""));
    }
}
