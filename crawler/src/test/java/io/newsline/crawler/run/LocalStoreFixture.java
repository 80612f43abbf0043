package io.newsline.crawler.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.crawler.state.SqliteCrawlState;
import io.newsline.publisher.ArticlePublisher;
import io.newsline.publisher.PublisherConfig;
import io.newsline.publisher.testing.TestBroker;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** {@code newsline crawl}'s store: SQLite state, published once acknowledged. */
public final class LocalStoreFixture implements StoreFixture {
    private final String topic = TestBroker.uniqueTopic("local-store");
    private final SqliteCrawlState state;
    private final ArticlePublisher publisher;
    private final LocalStore store;
    private final StoreSink sink;

    public LocalStoreFixture(Path dir) {
        state = SqliteCrawlState.open(dir.resolve("state.db"));
        publisher = ArticlePublisher.connect(new PublisherConfig(TestBroker.bootstrap(), topic, topic + ".dlq",
                "local-store-test", Duration.ofSeconds(30), 0), Duration.ofSeconds(30));
        store = new LocalStore(state, publisher, state.startRun(Instant.now(), publisher.endOffsets()),
                CrawlListener.NONE, () -> { });
        sink = new StoreSink(store, new ArticleLocks());
    }

    @Override
    public String topic() {
        return topic;
    }

    @Override
    public ArticleSink sinkFor(String url) {
        return sink;
    }

    @Override
    public void commit() {
        assertThat(store.awaitAll(Duration.ofSeconds(60))).as("records still unacknowledged").isZero();
        assertThat(store.undelivered()).as("records not delivered").isZero();
    }

    @Override
    public void close() {
        publisher.close();
        state.close();
    }
}
