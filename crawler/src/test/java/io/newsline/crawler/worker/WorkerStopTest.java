package io.newsline.crawler.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.newsline.crawler.fetch.FetchConfig;
import io.newsline.crawler.fetch.HttpFetcher;
import io.newsline.crawler.fetch.ResolveEntry;
import io.newsline.crawler.run.CrawlListener;
import io.newsline.crawler.run.ErrorKind;
import io.newsline.crawler.seeds.SeedsReader;
import io.newsline.parser.profile.SiteProfiles;
import io.newsline.publisher.testing.TestBroker;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A worker whose task throws an Error ends on its own and says why, as a crawl does (the CLI exits 1 on it). */
class WorkerStopTest {
    @TempDir
    Path tmp;

    private MultiHostSite site;

    @AfterEach
    void close() {
        if (site != null) {
            site.close();
        }
    }

    @Test
    void anErrorInATaskEndsTheWorkerAndSaysWhy() throws Exception {
        site = new MultiHostSite(1, 3);
        Path seeds = site.seeds(tmp);
        String run = UUID.randomUUID().toString().substring(0, 8);
        WorkerConfig config = WorkerConfig.builder(TestBroker.bootstrap(), "stop-" + run, seeds)
                .topic("stop.articles." + run)
                .frontierTopic("stop.frontier." + run)
                .stateTopic("stop.state." + run)
                .partitions(2)
                .fetch(FetchConfig.defaults().withResolve(site.resolve().stream().map(ResolveEntry::parse).toList())
                        .withAllowPrivateAddresses(true))
                .delay(Optional.of(Duration.ZERO))
                .sessionTimeout(Duration.ofSeconds(6))
                .transactionTimeout(Duration.ofSeconds(10))
                .build();
        SiteProfiles profiles = new SeedsReader().read(seeds).withDelay(config.settings().delay());
        AtomicBoolean thrown = new AtomicBoolean();
        AtomicInteger fatalErrors = new AtomicInteger();
        CrawlListener failing = new CrawlListener() {
            @Override
            public void fetched(String host, String url, int status, Duration elapsed) {
                if (thrown.compareAndSet(false, true)) {
                    throw new OutOfMemoryError("test: Java heap space");
                }
            }

            @Override
            public void error(String host, String url, ErrorKind kind, String message) {
                if (kind == ErrorKind.FATAL) {
                    fatalErrors.incrementAndGet();
                }
            }
        };
        try (HttpFetcher fetcher = new HttpFetcher(config.settings().fetch())) {
            WorkerRun worker = new WorkerRun(config, profiles, fetcher, Clock.systemUTC(), failing);

            // on the old code the worker stopped fetching and polled on for ever
            assertTimeoutPreemptively(Duration.ofSeconds(90), worker::run);

            assertThat(worker.stoppedBy()).get().asString().contains("OutOfMemoryError").contains("test: Java heap space");
            assertThat(fatalErrors).hasValue(1);
            assertThat(worker.publishedCommitted()).as("nothing committed after the Error").isZero();
        }
    }
}
