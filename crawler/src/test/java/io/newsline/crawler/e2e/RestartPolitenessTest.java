package io.newsline.crawler.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.crawler.fetch.FetchConfig;
import io.newsline.crawler.fetch.ResolveEntry;
import io.newsline.crawler.run.CrawlConfig;
import io.newsline.crawler.run.CrawlListener;
import io.newsline.crawler.run.CrawlRun;
import io.newsline.crawler.testing.Poll;
import io.newsline.publisher.testing.TestBroker;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsline crawl} keeps when it last asked each host in its state, so a restart does not shorten the delay. */
class RestartPolitenessTest {
    private static final Duration DELAY = Duration.ofSeconds(3);

    @TempDir
    Path tmp;
    @RegisterExtension
    final NewdailyMirror mirror = new NewdailyMirror();
    final String topic = TestBroker.uniqueTopic("restart");

    @Test
    void aCrawlStartedAgainAtOnceWaitsTheDelayBeforeItsFirstRequestToTheHost() throws Exception {
        try (CrawlRun first = CrawlRun.open(config(Duration.ZERO), CrawlListener.NONE)) {
            assertThat(first.runOnce(CrawlListener.NONE).failed()).isFalse();
        }
        List<Instant> firstRun = requestTimes();

        try (CrawlRun again = CrawlRun.open(config(DELAY), CrawlListener.NONE)) {
            CompletableFuture<CrawlRun.Outcome> run = CompletableFuture.supplyAsync(() -> again.runOnce(CrawlListener.NONE));
            Poll.until(Duration.ofSeconds(60), "the first request of the crawl started again",
                    () -> requestTimes().size() > firstRun.size() || run.isDone());
            again.stop();
            run.join();
        }

        List<Instant> all = requestTimes();
        assertThat(all).as("requests of the crawl started again").hasSizeGreaterThan(firstRun.size());
        Instant lastOfFirst = firstRun.get(firstRun.size() - 1);
        Instant firstOfAgain = all.get(firstRun.size());
        assertThat(Duration.between(lastOfFirst, firstOfAgain)).as("gap across the restart").isGreaterThanOrEqualTo(DELAY);
    }

    private CrawlConfig config(Duration delay) throws IOException {
        return CrawlConfig.builder(mirror.seeds(tmp), tmp.resolve("data"))
                .kafka(Optional.of(TestBroker.bootstrap()))
                .topic(topic)
                .fetch(FetchConfig.defaults().withContactUrl("https://example.com/test")
                        .withResolve(List.of(ResolveEntry.parse(mirror.resolve()))))
                .delay(Optional.of(delay))
                .build();
    }

    /** When the mirror received each request, in order. */
    private List<Instant> requestTimes() {
        return mirror.server().getAllServeEvents().stream().map(e -> e.getRequest().getLoggedDate().toInstant()).sorted().toList();
    }
}
