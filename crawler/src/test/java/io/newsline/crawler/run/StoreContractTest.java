package io.newsline.crawler.run;

import io.newsline.publisher.ArticleRecords;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.crawler.state.UrlKind;
import io.newsline.crawler.state.UrlState;
import io.newsline.crawler.state.UrlStatus;
import io.newsline.crawler.testing.ArticleEdits;
import io.newsline.crawler.worker.PartitionStoreFixture;
import io.newsline.parser.Article;
import io.newsline.record.ArticleRecord;
import io.newsline.record.ArticleRecordCodec;
import io.newsline.publisher.testing.TestBroker;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every {@link CrawlStore} promises under the one {@link StoreSink}, run against the store of each mode
 * ({@code crawl}: SQLite and the publication ledger; {@code worker}: partition state and a Kafka transaction) over a
 * real broker. One class, parameterized by store; a new store joins by adding its fixture to {@link #stores()}.
 */
class StoreContractTest {
    private static final int THREADS = 8;
    private static final int EDITS_PER_THREAD = 25;
    private static final String URL = "https://demo.example/news/42";

    @TempDir
    Path dir;

    static Stream<Named<StoreFixture.Factory>> stores() {
        return Stream.of(Named.of("crawl (SQLite, ledger)", LocalStoreFixture::new),
                Named.of("worker (partition state, Kafka transaction)", PartitionStoreFixture::new));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void publishesAnEditAsExactlyOneNextVersionCarryingThePreviousContentHash(StoreFixture.Factory store) throws Exception {
        Article first = ArticleEdits.edit("42", URL, "a");
        Article edit = ArticleEdits.edit("42", URL, "b");
        List<ArticleRecord> records;
        try (StoreFixture s = store.open(dir)) {
            s.sinkFor(URL).publishIfChanged(first, Instant.now(), urlState(URL, first), "demo.example");
            s.sinkFor(URL).publishIfChanged(edit, Instant.now(), urlState(URL, edit), "demo.example");
            s.commit();
            records = read(s.topic(), 2);
        }
        assertThat(records).extracting(ArticleRecord::version).containsExactly(1, 2);
        assertThat(records.get(1).previousContentHash()).isEqualTo(ArticleRecords.contentHashOf(first));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void publishesNothingForAnArticleFoundAgainUnchanged(StoreFixture.Factory store) throws Exception {
        Article article = ArticleEdits.edit("42", URL, "a");
        List<ArticleRecord> records;
        ArticleSink.Decision again;
        try (StoreFixture s = store.open(dir)) {
            s.sinkFor(URL).publishIfChanged(article, Instant.now(), urlState(URL, article), "demo.example");
            again = s.sinkFor(URL + "?via=feed").publishIfChanged(article, Instant.now(),
                    urlState(URL + "?via=feed", article), "demo.example");
            s.commit();
            records = read(s.topic(), 1);
        }
        assertThat(again).isInstanceOf(ArticleSink.Decision.Unchanged.class);
        assertThat(records).extracting(ArticleRecord::version).containsExactly(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void versionsOfOneArticleDecidedOnManyThreadsReachTheTopicInOrder(StoreFixture.Factory store) throws Exception {
        List<ArticleRecord> records;
        try (StoreFixture s = store.open(dir)) {
            publishConcurrently(s);
            s.commit();
            records = read(s.topic(), THREADS * EDITS_PER_THREAD);
        }
        List<Integer> inOrder = new ArrayList<>();
        for (int v = 1; v <= THREADS * EDITS_PER_THREAD; v++) {
            inOrder.add(v);
        }
        assertThat(records).extracting(ArticleRecord::version).as("versions of demo:42 in topic order").isEqualTo(inOrder);
    }

    /** Every thread offers its own edits of demo:42 from its own URL, with a sink per URL as the worker makes them. */
    private static void publishConcurrently(StoreFixture store) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                String url = URL + "?via=" + t;
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < EDITS_PER_THREAD; i++) {
                        Article edit = ArticleEdits.edit("42", url, thread + "." + i);
                        store.sinkFor(url).publishIfChanged(edit, Instant.now(), urlState(url, edit), "demo.example");
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

    /**
     * The committed records of {@code topic}, once at least {@code expected} are visible: a transaction's commit
     * markers reach the partitions after {@code commitTransaction} returns, so a read right after it may see none yet.
     * All records of one commit become visible together, so nothing published beside them is missed.
     */
    private static List<ArticleRecord> read(String topic, int expected) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        List<TestBroker.StoredRecord> stored = TestBroker.readAll(topic, Duration.ofSeconds(30));
        while (stored.size() < expected && Instant.now().isBefore(deadline)) {
            stored = TestBroker.readAll(topic, Duration.ofSeconds(30));
        }
        return stored.stream().map(r -> ArticleRecordCodec.decode(r.value())).toList();
    }

    private static UrlState urlState(String url, Article a) {
        return new UrlState(url, UrlKind.ARTICLE, UrlStatus.DONE, Instant.now(), null, 200, ArticleRecords.idOf(a), null, null,
                ArticleRecords.contentHashOf(a), null);
    }
}
