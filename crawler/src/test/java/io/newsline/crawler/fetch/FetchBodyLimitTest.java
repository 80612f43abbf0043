package io.newsline.crawler.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.crawler.testing.LocalSite;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A fetch request carries its own body limit: larger for sitemaps, a prefix for robots.txt. */
class FetchBodyLimitTest {
    private static final byte[] TWO_MB = "0123456789abcdef".repeat(128 * 1024).getBytes(StandardCharsets.US_ASCII);

    private LocalSite site;
    private HttpFetcher fetcher;

    @BeforeEach
    void start() {
        site = LocalSite.start("www.newdaily.test");
        fetcher = new HttpFetcher(LocalSite.fetchConfig(site).withMaxBodyBytes(1024 * 1024), Clock.systemUTC(),
                new LoopbackOnlySockets(), OfflineDns.empty());
        site.server().stubFor(get(urlEqualTo("/two-mb")).willReturn(aResponse().withBody(TWO_MB)));
    }

    @AfterEach
    void stop() {
        fetcher.close();
        site.close();
    }

    @Test
    void aRequestWithoutItsOwnLimitIsRefusedAboveTheConfiguredLimit() {
        FetchResult result = fetcher.fetch(FetchRequest.of(site.url("/two-mb"), Accept.XML));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.TOO_LARGE);
        assertThat(result.message()).contains("above the limit of 1048576 bytes");
    }

    @Test
    void aRequestsOwnLimitReplacesTheConfiguredOne() {
        FetchResult result = fetcher.fetch(FetchRequest.of(site.url("/two-mb"), Accept.XML)
                .withBodyLimit(BodyLimit.refuseAbove(4L * 1024 * 1024)));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(result.body()).isEqualTo(TWO_MB);
    }

    @Test
    void aLowerLimitOfTheRequestIsNamedWhenItRefuses() {
        FetchResult result = fetcher.fetch(FetchRequest.of(site.url("/two-mb"), Accept.XML)
                .withBodyLimit(BodyLimit.refuseAbove(1000)));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.TOO_LARGE);
        assertThat(result.message()).contains("above the limit of 1000 bytes");
    }

    @Test
    void aTruncatingLimitKeepsTheFirstBytesOfALargerBody() {
        FetchResult result = fetcher.fetch(FetchRequest.of(site.url("/two-mb"), Accept.ROBOTS)
                .withBodyLimit(BodyLimit.truncateAt(500 * 1024)));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(result.body()).isEqualTo(Arrays.copyOf(TWO_MB, 500 * 1024));
        assertThat(result.message()).contains("first 512000 bytes of a larger body");
    }

    @Test
    void aTruncatingLimitKeepsAShorterBodyWhole() {
        FetchResult result = fetcher.fetch(FetchRequest.of(site.url("/two-mb"), Accept.ROBOTS)
                .withBodyLimit(BodyLimit.truncateAt(3L * 1024 * 1024)));

        assertThat(result.body()).isEqualTo(TWO_MB);
        assertThat(result.message()).doesNotContain("larger body");
    }
}
