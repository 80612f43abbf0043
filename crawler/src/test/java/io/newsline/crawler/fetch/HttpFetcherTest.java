package io.newsline.crawler.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.newsline.crawler.testing.LocalSite;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpFetcherTest {
    private static final byte[] ARTICLE = LocalSite.resource("/fetch/article.html");

    private LocalSite site;
    private HttpFetcher fetcher;

    @BeforeEach
    void startSite() {
        site = LocalSite.start("www.newdaily.test");
        fetcher = fetcherWith(LocalSite.fetchConfig(site));
    }

    @AfterEach
    void stop() {
        fetcher.close();
        site.close();
    }

    /** A fetcher that can reach nothing but loopback and asks no DNS server; it knows localhost as 127.0.0.1. */
    private static HttpFetcher fetcherWith(FetchConfig config) {
        return new HttpFetcher(config, Clock.systemUTC(), new LoopbackOnlySockets(), OfflineDns.with("localhost", "127.0.0.1"));
    }

    private void serve(String path, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response) {
        site.server().stubFor(get(urlEqualTo(path)).willReturn(response));
    }

    private List<LoggedRequest> requestsTo(String path) {
        return site.server().findAll(getRequestedFor(urlEqualTo(path)));
    }

    @Test
    void fetchesPageThroughResolveMappingKeepingHostHeaderAndUserAgent() {
        serve("/a.html", aResponse().withHeader("Content-Type", "text/html; charset=utf-8")
                .withHeader("ETag", "\"v1\"").withHeader("Last-Modified", "Fri, 24 Jan 2025 05:55:00 GMT").withBody(ARTICLE));

        FetchResult result = fetcher.fetch(FetchRequest.of(site.url("/a.html"), Accept.HTML));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.body()).isEqualTo(ARTICLE);
        assertThat(result.contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(result.etag()).isEqualTo("\"v1\"");
        assertThat(result.lastModified()).isEqualTo("Fri, 24 Jan 2025 05:55:00 GMT");
        assertThat(result.finalUrl()).isEqualTo(site.url("/a.html"));
        LoggedRequest sent = requestsTo("/a.html").get(0);
        assertThat(sent.getHeader("Host")).isEqualTo("www.newdaily.test:" + site.port());
        assertThat(sent.getHeader("User-Agent")).isEqualTo("Newsline/0.1 (news crawler; no contact given)");
        assertThat(sent.getHeader("Accept")).startsWith("text/html");
    }

    @Test
    void refusesLoopbackLiteralWithoutResolveMappingAndSendsNothing() {
        FetchResult result = fetcher.fetch(FetchRequest.of("http://127.0.0.1:" + site.port() + "/a.html", Accept.HTML));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.BLOCKED_PRIVATE_ADDRESS);
        assertThat(result.message()).contains("http://127.0.0.1:" + site.port() + "/a.html", "loopback");
        assertThat(site.server().findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void refusesHostNameThatResolvesToLoopback() {
        FetchResult result = fetcher.fetch(FetchRequest.of("http://localhost:" + site.port() + "/a.html", Accept.HTML));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.BLOCKED_PRIVATE_ADDRESS);
        assertThat(result.message()).contains("localhost resolves to").contains("loopback");
        assertThat(site.server().findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void fetchesLoopbackWhenPrivateAddressesAreAllowed() {
        serve("/a.html", aResponse().withBody(ARTICLE));
        try (HttpFetcher open = fetcherWith(FetchConfig.defaults("0.1").withAllowPrivateAddresses(true))) {
            FetchResult result = open.fetch(FetchRequest.of("http://127.0.0.1:" + site.port() + "/a.html", Accept.HTML));
            assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
        }
    }

    @Test
    void refusesRedirectToLoopbackPrivateAndMetadataAddresses() {
        String[] targets = {"http://127.0.0.1:" + site.port() + "/secret", "http://10.1.2.3/admin",
                "http://169.254.169.254/latest/meta-data/", "http://[::1]:" + site.port() + "/secret",
                "http://100.64.0.1/", "http://192.168.0.1/"};
        for (int i = 0; i < targets.length; i++) {
            serve("/go" + i, aResponse().withStatus(302).withHeader("Location", targets[i]));

            FetchResult result = fetcher.fetch(FetchRequest.of(site.url("/go" + i), Accept.HTML));

            assertThat(result.outcome()).as(targets[i]).isEqualTo(FetchOutcome.BLOCKED_PRIVATE_ADDRESS);
            assertThat(result.redirects()).as(targets[i]).hasSize(1);
            assertThat(result.message()).contains(site.url("/go" + i));
        }
        assertThat(requestsTo("/secret")).isEmpty();
    }

    @Test
    void followsRedirectsAndReportsTheChain() {
        serve("/old", aResponse().withStatus(301).withHeader("Location", "/mid"));
        serve("/mid", aResponse().withStatus(302).withHeader("Location", site.url("/new")));
        serve("/new", aResponse().withBody(ARTICLE));

        FetchResult result = fetcher.fetch(FetchRequest.of(site.url("/old"), Accept.HTML));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(result.requestedUrl()).isEqualTo(site.url("/old"));
        assertThat(result.finalUrl()).isEqualTo(site.url("/new"));
        assertThat(result.redirects()).containsExactly(site.url("/mid"), site.url("/new"));
        assertThat(result.toPage().url()).isEqualTo(site.url("/new"));
        assertThat(result.toPage().body()).isEqualTo(ARTICLE);
    }

    @Test
    void stopsAtRedirectLoop() {
        serve("/a", aResponse().withStatus(302).withHeader("Location", "/b"));
        serve("/b", aResponse().withStatus(302).withHeader("Location", "/a"));

        FetchResult result = fetcher.fetch(FetchRequest.of(site.url("/a"), Accept.HTML));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.REDIRECT_LOOP);
        assertThat(requestsTo("/a")).hasSize(1);
        assertThat(requestsTo("/b")).hasSize(1);
    }

    @Test
    void stopsAfterMaxRedirects() {
        for (int i = 0; i < 10; i++) {
            serve("/r" + i, aResponse().withStatus(307).withHeader("Location", "/r" + (i + 1)));
        }

        FetchResult result = fetcher.fetch(FetchRequest.of(site.url("/r0"), Accept.HTML));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.TOO_MANY_REDIRECTS);
        assertThat(result.message()).contains("more than 5 redirects");
        assertThat(site.server().findAll(anyRequestedFor(anyUrl()))).hasSize(6);
    }

    @Test
    void refusesRedirectToNonHttpScheme() {
        serve("/ftp", aResponse().withStatus(302).withHeader("Location", "file:///etc/passwd"));

        FetchResult result = fetcher.fetch(FetchRequest.of(site.url("/ftp"), Accept.HTML));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.BAD_REDIRECT);
        assertThat(result.message()).contains("file:///etc/passwd");
    }

    @Test
    void declaredSixtyMegabyteBodyEndsTooLargeWithoutReadingIt() {
        serve("/huge", aResponse().withHeader("Content-Type", "text/html").withBody(new byte[60 * 1024 * 1024]));

        FetchResult result = fetcher.fetch(FetchRequest.of(site.url("/huge"), Accept.HTML));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.TOO_LARGE);
        assertThat(result.body()).isEmpty();
        assertThat(result.elapsed()).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void undeclaredSixtyMegabyteBodyEndsTooLargeAfterReadingOnlyTheLimit() {
        serve("/endless", aResponse().withHeader("Content-Type", "text/html").withHeader("Transfer-Encoding", "chunked")
                .withBody(new byte[60 * 1024 * 1024]));

        // A 1 MB limit and timeouts far beyond what reading it takes: the outcome must not depend on how busy the
        // machine is (under load a 10 s call timeout once ended this as TIMEOUT).
        FetchConfig patient = LocalSite.fetchConfig(site).withMaxBodyBytes(1024 * 1024)
                .withTimeouts(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofMinutes(5));
        try (HttpFetcher limited = fetcherWith(patient)) {
            FetchResult result = limited.fetch(FetchRequest.of(site.url("/endless"), Accept.HTML));

            assertThat(result.outcome()).isEqualTo(FetchOutcome.TOO_LARGE);
            assertThat(result.message()).contains("sent more than that", "1048576 bytes");
            assertThat(result.body()).isEmpty();
        }
    }

    @Test
    void gzipBombEndsTooLargeAfterReadingOnlyTheLimit() throws IOException {
        byte[] bomb = gzip(new byte[10 * 1024 * 1024]);
        assertThat(bomb.length).isLessThan(64 * 1024);
        serve("/bomb", aResponse().withHeader("Content-Encoding", "gzip").withHeader("Content-Type", "text/html").withBody(bomb));

        try (HttpFetcher small = fetcherWith(LocalSite.fetchConfig(site).withMaxBodyBytes(1024 * 1024))) {
            FetchResult result = small.fetch(FetchRequest.of(site.url("/bomb"), Accept.HTML));

            assertThat(result.outcome()).isEqualTo(FetchOutcome.TOO_LARGE);
            assertThat(result.message()).contains("1048576 bytes");
            assertThat(result.body()).isEmpty();
        }
    }

    @Test
    void decompressesGzipTransparently() throws IOException {
        serve("/z", aResponse().withHeader("Content-Encoding", "gzip").withBody(gzip(ARTICLE)));

        FetchResult result = fetcher.fetch(FetchRequest.of(site.url("/z"), Accept.HTML));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(result.body()).isEqualTo(ARTICLE);
        assertThat(requestsTo("/z").get(0).getHeader("Accept-Encoding")).contains("gzip");
    }

    @Test
    void slowDribblingServerEndsWithTimeoutWithinTheCallLimit() {
        // 1 chunk every 500 ms: never trips the 5 s read timeout, only the 2 s whole-call limit.
        serve("/slow", aResponse().withBody(new byte[4000]).withChunkedDribbleDelay(40, 20_000));
        FetchConfig config = LocalSite.fetchConfig(site).withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(2));

        try (HttpFetcher impatient = fetcherWith(config)) {
            FetchResult result = impatient.fetch(FetchRequest.of(site.url("/slow"), Accept.HTML));

            assertThat(result.outcome()).isEqualTo(FetchOutcome.TIMEOUT);
            assertThat(result.elapsed()).isBetween(Duration.ofMillis(1900), Duration.ofSeconds(5));
            assertThat(result.message()).contains(site.url("/slow"));
        }
    }

    @Test
    void conditionalGetSendsValidatorsAndReportsNotModified() {
        site.server().stubFor(get(urlEqualTo("/a.html"))
                .withHeader("If-None-Match", com.github.tomakehurst.wiremock.client.WireMock.equalTo("\"v1\""))
                .willReturn(aResponse().withStatus(304).withHeader("ETag", "\"v1\"")));

        FetchResult result = fetcher.fetch(FetchRequest.conditional(site.url("/a.html"), "\"v1\"",
                "Fri, 24 Jan 2025 05:55:00 GMT", Accept.HTML));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.NOT_MODIFIED);
        assertThat(result.status()).isEqualTo(304);
        assertThat(result.body()).isEmpty();
        assertThat(result.etag()).isEqualTo("\"v1\"");
        LoggedRequest sent = requestsTo("/a.html").get(0);
        assertThat(sent.getHeader("If-None-Match")).isEqualTo("\"v1\"");
        assertThat(sent.getHeader("If-Modified-Since")).isEqualTo("Fri, 24 Jan 2025 05:55:00 GMT");
    }

    @Test
    void unconditionalGetSendsNoValidators() {
        serve("/a.html", aResponse().withBody(ARTICLE));

        fetcher.fetch(FetchRequest.of(site.url("/a.html"), Accept.HTML));

        LoggedRequest sent = requestsTo("/a.html").get(0);
        assertThat(sent.containsHeader("If-None-Match")).isFalse();
        assertThat(sent.containsHeader("If-Modified-Since")).isFalse();
    }

    @Test
    void serverErrorIsAResultWithStatusAndRetryAfter() {
        serve("/busy", aResponse().withStatus(503).withHeader("Retry-After", "120"));

        FetchResult result = fetcher.fetch(FetchRequest.of(site.url("/busy"), Accept.HTML));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.HTTP_ERROR);
        assertThat(result.status()).isEqualTo(503);
        assertThat(result.retryAfter()).isEqualTo("120");
        assertThat(result.isServerError()).isTrue();
        assertThat(result.message()).isEqualTo(site.url("/busy") + ": HTTP 503");
    }

    @Test
    void closedPortIsAConnectionError() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        FetchConfig config = LocalSite.fetchConfig().withResolve(List.of(ResolveEntry.parse("gone.test:" + closedPort + ":127.0.0.1")));
        try (HttpFetcher f = fetcherWith(config)) {
            FetchResult result = f.fetch(FetchRequest.of("http://gone.test:" + closedPort + "/", Accept.HTML));

            assertThat(result.outcome()).isEqualTo(FetchOutcome.CONNECTION_ERROR);
            assertThat(result.message()).startsWith("http://gone.test:" + closedPort + "/: ");
        }
    }

    @Test
    void resolveMappingAppliesOnlyToItsPort() {
        // www.newdaily.test is mapped for the site's port only; on port 1 it goes to the DNS and is not found.
        FetchResult result = fetcher.fetch(FetchRequest.of("http://www.newdaily.test:1/", Accept.HTML));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.UNKNOWN_HOST);
        assertThat(site.server().findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void invalidUrlIsAResult() {
        FetchResult result = fetcher.fetch(FetchRequest.of("mailto:desk@newdaily.co.kr", Accept.HTML));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.INVALID_URL);
        assertThat(result.message()).contains("mailto:desk@newdaily.co.kr");
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }
}
