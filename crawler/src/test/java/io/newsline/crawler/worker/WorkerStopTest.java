package io.newsline.crawler.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.newsline.crawler.run.CrawlListener;
import io.newsline.crawler.run.ErrorKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A worker whose task throws an Error ends on its own and says why, as a crawl does (the CLI exits 1 on it). */
class WorkerStopTest {
    @TempDir
    Path tmp;

    @Test
    void anErrorInATaskEndsTheWorkerAndSaysWhy() throws Exception {
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
        try (WorkerFixture fixture = new WorkerFixture(tmp, 1, 3)) {
            WorkerRun worker = fixture.worker(fixture.config("stop", 2).build(), failing);

            // on the old code the worker stopped fetching and polled on for ever
            assertTimeoutPreemptively(Duration.ofSeconds(90), worker::run);

            assertThat(worker.stoppedBy()).get().asString().contains("OutOfMemoryError").contains("test: Java heap space");
            assertThat(fatalErrors).hasValue(1);
            assertThat(worker.publishedCommitted()).as("nothing committed after the Error").isZero();
        }
    }
}
