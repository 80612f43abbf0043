package io.newsline.crawler.worker;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.crawler.fetch.FetchConfig;
import io.newsline.crawler.fetch.HttpFetcher;
import io.newsline.crawler.fetch.ResolveEntry;
import io.newsline.crawler.frontier.OwnedPartition;
import io.newsline.crawler.run.CrawlListener;
import io.newsline.crawler.seeds.SeedsReader;
import io.newsline.parser.profile.SiteProfiles;
import io.newsline.publisher.testing.TestBroker;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checkpoint of a worker's state files moves as it commits, so a restart reads only what is new. */
class WorkerCheckpointTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

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
    void aRestartAfterTheWorkerCommittedReadsNoStateRecordAgain() throws Exception {
        site = new MultiHostSite(2, 3);
        Path seeds = site.seeds(tmp);
        String run = UUID.randomUUID().toString().substring(0, 8);
        WorkerConfig config = WorkerConfig.builder(TestBroker.bootstrap(), "checkpoint-" + run, seeds)
                .topic("checkpoint.articles." + run)
                .frontierTopic("checkpoint.frontier." + run)
                .stateTopic("checkpoint.state." + run)
                .partitions(2)
                .fetch(FetchConfig.defaults().withResolve(site.resolve().stream().map(ResolveEntry::parse).toList())
                        .withAllowPrivateAddresses(true))
                .delay(Optional.of(Duration.ZERO))
                .sessionTimeout(Duration.ofSeconds(6))
                .transactionTimeout(Duration.ofSeconds(10))
                .stateDir(tmp.resolve("state"))
                .build();
        SiteProfiles profiles = new SeedsReader().read(seeds).withDelay(config.settings().delay());
        try (HttpFetcher fetcher = new HttpFetcher(config.settings().fetch())) {
            WorkerRun worker = new WorkerRun(config, profiles, fetcher, Clock.systemUTC(), new CrawlListener() { });
            Thread thread = new Thread(worker::run, "checkpoint-worker");
            thread.start();
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (worker.publishedCommitted() < 6 && System.nanoTime() < deadline) {
                thread.join(50); // poll with a deadline: the worker commits every commitEvery
            }
            worker.stop();
            assertThat(worker.awaitStopped(TIMEOUT)).isTrue();
            assertThat(worker.publishedCommitted()).isEqualTo(6);
        }

        StateRestorer.Restored again = new StateRestorer(TestBroker.bootstrap(), config.stateTopic(), config.stateDir())
                .restore(List.of(0, 1), TIMEOUT);
        try {
            // on the old code the checkpoint stayed where the first restore left it (the empty topic): all read again
            assertThat(again.totalRead()).isZero();
            assertThat(again.rebuilt()).isEmpty();
            assertThat(again.partitions().values().stream().mapToLong(OwnedPartition::urlCount).sum())
                    .as("the article URLs and the URLs that listed them, all known").isGreaterThanOrEqualTo(6);
        } finally {
            again.partitions().values().forEach(OwnedPartition::close);
        }
    }
}
