package io.newsline.crawler.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.crawler.state.SqliteCrawlState;
import io.newsline.crawler.state.UrlKind;
import io.newsline.crawler.state.UrlState;
import io.newsline.crawler.state.UrlStatus;
import io.newsline.crawler.testing.ArticleEdits;
import io.newsline.parser.Article;
import io.newsline.publisher.ArticlePublisher;
import io.newsline.publisher.ArticleRecords;
import io.newsline.publisher.PublisherConfig;
import io.newsline.publisher.testing.TestBroker;
import io.newsline.record.ArticleRecord;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublicationLedgerTest {
    private static final int THREADS = 8;
    private static final int EDITS_PER_THREAD = 25;

    @TempDir
    Path dir;

    @Test
    void versionsOfOneArticleDecidedOnManyThreadsReachTheTopicInOrder() throws Exception {
        String topic = TestBroker.uniqueTopic("ledger-order");
        try (SqliteCrawlState state = SqliteCrawlState.open(dir.resolve("state.db"));
             ArticlePublisher publisher = ArticlePublisher.connect(new PublisherConfig(TestBroker.bootstrap(), topic,
                     topic + ".dlq", "ledger-test", Duration.ofSeconds(30), 0), Duration.ofSeconds(30))) {
            PublicationLedger ledger = new PublicationLedger(state, publisher, state.startRun(Instant.now(), publisher.endOffsets()),
                    CrawlListener.NONE, () -> { });

            publishConcurrently(ledger);

            assertThat(ledger.awaitAll(Duration.ofSeconds(60))).isZero();
            assertThat(ledger.undelivered()).isZero();
        }
        List<Integer> versions = new ArrayList<>();
        for (TestBroker.StoredRecord r : TestBroker.readAll(topic, Duration.ofSeconds(30))) {
            versions.add(Integer.parseInt(r.headers().get("newsline-version")));
        }
        List<Integer> inOrder = new ArrayList<>();
        for (int v = 1; v <= THREADS * EDITS_PER_THREAD; v++) {
            inOrder.add(v);
        }
        assertThat(versions).as("versions of demo:42 in topic order").isEqualTo(inOrder);
    }

    /** Every thread offers its own edits of demo:42 (from its own URL) at the same time as the others. */
    private static void publishConcurrently(PublicationLedger ledger) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                String url = "https://demo.example/news/42?via=" + t;
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < EDITS_PER_THREAD; i++) {
                        Article edit = ArticleEdits.edit("42", url, thread + "." + i);
                        ledger.publishIfChanged(edit, Instant.now(), urlState(url, edit), "demo.example");
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static UrlState urlState(String url, Article a) {
        return new UrlState(url, UrlKind.ARTICLE, UrlStatus.DONE, Instant.now(), null, 200, ArticleRecords.idOf(a), null, null,
                ArticleRecords.contentHashOf(a), null);
    }
}
