package io.newsline.crawler.worker;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsline.crawler.fetch.FetchConfig;
import io.newsline.crawler.fetch.HttpFetcher;
import io.newsline.crawler.fetch.ResolveEntry;
import io.newsline.crawler.observe.CrawlMetrics;
import io.newsline.crawler.seeds.SeedsReader;
import io.newsline.crawler.testing.Poll;
import io.newsline.parser.profile.SiteProfiles;
import io.newsline.publisher.testing.TestBroker;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worker's publish latency: from a record's send to the commit of the transaction that made it visible. */
class WorkerPublishLatencyTest {
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
    void thePublishLatencyMetricCountsEveryArticleTheWorkerCommitted() throws Exception {
        site = new MultiHostSite(1, 3);
        Path seeds = site.seeds(tmp);
        String run = UUID.randomUUID().toString().substring(0, 8);
        WorkerConfig config = WorkerConfig.builder(TestBroker.bootstrap(), "latency-" + run, seeds)
                .topic("latency.articles." + run)
                .frontierTopic("latency.frontier." + run)
                .stateTopic("latency.state." + run)
                .partitions(1)
                .fetch(FetchConfig.defaults().withResolve(site.resolve().stream().map(ResolveEntry::parse).toList())
                        .withAllowPrivateAddresses(true))
                .delay(Optional.of(Duration.ZERO))
                .sessionTimeout(Duration.ofSeconds(6))
                .transactionTimeout(Duration.ofSeconds(10))
                .build();
        SiteProfiles profiles = new SeedsReader().read(seeds).withDelay(config.settings().delay());
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (HttpFetcher fetcher = new HttpFetcher(config.settings().fetch())) {
            WorkerRun worker = new WorkerRun(config, profiles, fetcher, Clock.systemUTC(), new CrawlMetrics(registry));
            Thread thread = new Thread(worker::run, "test-worker");
            thread.setDaemon(true);
            thread.start();
            try {
                Poll.until(Duration.ofSeconds(90), "the worker committing the site's 3 articles", () -> worker.publishedCommitted() >= 3);
            } finally {
                worker.stop();
                worker.awaitStopped(Duration.ofSeconds(60));
            }

            Timer latency = registry.get("newsline.publish.ack").timer();
            assertThat(latency.count()).as("one latency per committed article").isEqualTo(worker.publishedCommitted());
        }
    }
}
