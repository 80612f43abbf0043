package io.newsline.crawler.worker;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsline.crawler.observe.CrawlMetrics;
import io.newsline.crawler.testing.Poll;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worker's publish latency: from a record's send to the commit of the transaction that made it visible. */
class WorkerPublishLatencyTest {
    @TempDir
    Path tmp;

    @Test
    void thePublishLatencyMetricCountsEveryArticleTheWorkerCommitted() throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (WorkerFixture fixture = new WorkerFixture(tmp, 1, 3)) {
            WorkerRun worker = fixture.worker(fixture.config("latency", 1).build(), new CrawlMetrics(registry));
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
