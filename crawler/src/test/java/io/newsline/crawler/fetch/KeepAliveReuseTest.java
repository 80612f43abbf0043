package io.newsline.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.crawler.testing.LocalSite;
import io.newsline.crawler.testing.Poll;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Servers close keep-alive connections without warning (Apache after 5 s idle, some after every response); a
 * polite crawler waits longer than that between requests to a host, so the next fetch finds a stale connection.
 * Between fetches these tests wait, as a politeness delay would, until the server has closed the connection.
 */
class KeepAliveReuseTest {
    private static final byte[] ARTICLE = LocalSite.resource("/fetch/article.html");
    private static final int FETCHES = 4;

    @Test
    void everyFetchSucceedsWhenTheServerClosesAfterEachResponse() {
        try (KeepAliveServer server = KeepAliveServer.closingAfterEachResponse(ARTICLE)) {
            assertThat(fetchSeries(server)).containsOnly(FetchOutcome.OK).hasSize(FETCHES);
        }
    }

    @Test
    void everyFetchSucceedsWhenTheServerClosesIdleConnectionsAfterHalfASecond() {
        try (KeepAliveServer server = KeepAliveServer.closingIdleAfter(Duration.ofMillis(500), ARTICLE)) {
            assertThat(fetchSeries(server)).containsOnly(FetchOutcome.OK).hasSize(FETCHES);
        }
    }

    @Test
    void aServerThatHangsUpOnAFreshConnectionIsAskedOnce() {
        try (KeepAliveServer server = KeepAliveServer.hangingUpOnEveryRequest();
             HttpFetcher fetcher = fetcherFor(server)) {
            FetchResult result = fetcher.fetch(FetchRequest.of(urlOf(server), Accept.HTML));

            assertThat(result.outcome()).isEqualTo(FetchOutcome.CONNECTION_ERROR);
            assertThat(server.requests()).isEqualTo(1);
        }
    }

    /** Fetches a page {@link #FETCHES} times, each time after the server closed the connection of the last one. */
    private static List<FetchOutcome> fetchSeries(KeepAliveServer server) {
        List<FetchOutcome> outcomes = new ArrayList<>();
        try (HttpFetcher fetcher = fetcherFor(server)) {
            for (int i = 1; i <= FETCHES; i++) {
                FetchResult result = fetcher.fetch(FetchRequest.of(urlOf(server), Accept.HTML));
                outcomes.add(result.outcome());
                Poll.until(Duration.ofSeconds(10), "the server closing its connections", () -> server.openConnections() == 0);
            }
        }
        return outcomes;
    }

    private static String urlOf(KeepAliveServer server) {
        return "http://www.newdaily.test:" + server.port() + "/a.html";
    }

    /** A fetcher that maps www.newdaily.test to the server and can reach nothing but loopback. */
    private static HttpFetcher fetcherFor(KeepAliveServer server) {
        FetchConfig config = FetchConfig.defaults("0.1")
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10))
                .withResolve(List.of(ResolveEntry.parse("www.newdaily.test:" + server.port() + ":127.0.0.1")));
        return new HttpFetcher(config, Clock.systemUTC(), new LoopbackOnlySockets(), OfflineDns.empty());
    }
}
