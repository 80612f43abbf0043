package io.newsline.crawler.run;

import io.newsline.publisher.ArticleRecords;
import io.newsline.crawler.state.ArticleVersion;
import io.newsline.crawler.state.VersionStore;
import io.newsline.parser.Article;
import io.newsline.record.ArticleRecord;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Decides what a freshly parsed article is, the same way in both modes: unchanged when its content hash equals its
 * latest version's, else version {@code N+1} (1 when first seen) carrying the previous version's content hash. A new
 * version is reserved in the {@link VersionStore} and handed to the sink's send while the article id's
 * {@link ArticleLocks lock} is held, so version N+1 of an article never reaches the producer before version N.
 * How a version is committed (SQLite after the acknowledgement, a Kafka transaction) is the sink's business.
 */
public final class Versioner {
    private final VersionStore store;
    private final ArticleLocks locks;

    /** @param locks shared by every sink that publishes to one topic, so that one article's versions go out in order */
    public Versioner(VersionStore store, ArticleLocks locks) {
        this.store = Objects.requireNonNull(store, "store");
        this.locks = Objects.requireNonNull(locks, "locks");
    }

    /**
     * Publishes {@code article} through {@code send} as its next version unless its content is unchanged;
     * {@code send} runs under the article id's lock and must not block on the broker.
     */
    public ArticleSink.Decision publishIfChanged(Article article, Instant fetchedAt, Consumer<ArticleRecord> send) {
        String id = ArticleRecords.idOf(article);
        return locks.withLock(id, () -> {
            String hash = ArticleRecords.contentHashOf(article);
            ArticleVersion known = store.latest(id).orElse(null);
            if (known != null && known.contentHash().equals(hash)) {
                return new ArticleSink.Decision.Unchanged(id);
            }
            int version = known == null ? 1 : known.version() + 1;
            store.reserve(new ArticleVersion(id, version, hash));
            ArticleRecord record = ArticleRecords.of(article, version, known == null ? null : known.contentHash(), fetchedAt);
            send.accept(record);
            return new ArticleSink.Decision.Published(record);
        });
    }
}
