package io.newsline.crawler.worker;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.crawler.frontier.OwnedPartition;
import io.newsline.crawler.run.CrawlListener;
import io.newsline.publisher.testing.TestBroker;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checkpoint of a worker's state files moves as it commits, so a restart reads only what is new. */
class WorkerCheckpointTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    @TempDir
    Path tmp;

    @Test
    void aRestartAfterTheWorkerCommittedReadsNoStateRecordAgain() throws Exception {
        WorkerConfig config;
        try (WorkerFixture fixture = new WorkerFixture(tmp, 2, 3)) {
            config = fixture.config("checkpoint", 2).stateDir(tmp.resolve("state")).build();
            WorkerRun worker = fixture.worker(config, new CrawlListener() { });
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
