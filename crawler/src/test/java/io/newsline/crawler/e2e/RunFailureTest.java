package io.newsline.crawler.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.newsline.crawler.run.CrawlConfig;
import io.newsline.crawler.run.CrawlListener;
import io.newsline.crawler.run.CrawlRun;
import io.newsline.crawler.fetch.FetchConfig;
import io.newsline.crawler.fetch.ResolveEntry;
import io.newsline.crawler.run.ErrorKind;
import io.newsline.crawler.state.CrawlState;
import io.newsline.crawler.state.SqliteCrawlState;
import io.newsline.crawler.state.StateStoreException;
import io.newsline.crawler.state.UrlKind;
import io.newsline.publisher.testing.TestBroker;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crawl (in-process, against the newdaily mirror, into the test broker) whose crawl state or tasks fail for real:
 * the run stops taking work, says why, and fails instead of ending "result: ok".
 */
class RunFailureTest {
    @TempDir
    Path tmp;

    @RegisterExtension
    final NewdailyMirror mirror = new NewdailyMirror();
    final String topic = "failure." + UUID.randomUUID();


    @Test
    void aFullDiskStopsTheRunSaysDiskFullAndFails() throws Exception {
        Path file = tmp.resolve("data").resolve("state.db");
        // Capped by SQLite's max_page_count and filled once the run has started: every later write that needs a new
        // page fails with SQLITE_FULL, as on a full disk.
        try (CrawlState state = new ForwardingState(SqliteCrawlState.openWithPageLimit(file, 1)) {
            @Override
            public long startRun(Instant now, Map<Integer, Long> topicEndOffsets) {
                long runId = super.startRun(now, topicEndOffsets);
                fillUp(next);
                return runId;
            }
        }) {
            CrawlRun.Outcome outcome = crawl(state);

            assertThat(outcome.failed()).isTrue();
            assertThat(outcome.stoppedBy()).get().asString().contains("disk full").contains(file.toString());
            assertThat(outcome.stats().errors(ErrorKind.STATE_STORE)).isPositive();
            assertThat(outcome.published()).isZero();
        }
    }

    @Test
    void anErrorInATaskEndsTheRunPromptlyAndFails() throws Exception {
        AtomicBoolean thrown = new AtomicBoolean();
        try (CrawlState state = new ForwardingState(SqliteCrawlState.open(tmp.resolve("data").resolve("state.db"))) {
            @Override
            public boolean discover(String url, UrlKind kind, Instant now) {
                if (thrown.compareAndSet(false, true)) {
                    throw new OutOfMemoryError("test: Java heap space");
                }
                return super.discover(url, kind, now);
            }
        }) {
            // on the old code the run sat idle for ever: a minute is far more than this small site needs
            CrawlRun.Outcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> crawl(state));

            assertThat(outcome.failed()).isTrue();
            assertThat(outcome.stoppedBy()).get().asString().contains("OutOfMemoryError").contains("test: Java heap space");
            assertThat(outcome.stats().errors(ErrorKind.FATAL)).isEqualTo(1);
        }
    }

    private CrawlRun.Outcome crawl(CrawlState state) throws IOException {
        CrawlConfig config = CrawlConfig.builder(mirror.seeds(tmp), tmp.resolve("data"))
                .kafka(Optional.of(TestBroker.bootstrap()))
                .topic(topic)
                .fetch(FetchConfig.defaults().withContactUrl("https://example.com/test")
                        .withResolve(List.of(ResolveEntry.parse(mirror.resolve()))))
                .delay(Optional.of(Duration.ZERO))
                .deliveryTimeout(Duration.ofSeconds(30))
                .build();
        try (CrawlRun crawl = CrawlRun.open(config, CrawlListener.NONE, file -> state)) {
            return crawl.runOnce(CrawlListener.NONE);
        }
    }

    /** Writes filler URLs, large then small, until SQLite has no page left for another. */
    private static void fillUp(CrawlState state) {
        int n = 0;
        for (int size : new int[] {2_000, 200, 20}) {
            try {
                while (true) {
                    state.discover("https://filler.test/" + n++ + "?" + "f".repeat(size), UrlKind.DISCOVERY, Instant.EPOCH);
                }
            } catch (StateStoreException full) {
                assertThat(full.reason()).isEqualTo(StateStoreException.Reason.DISK_FULL);
            }
        }
    }
}
