package io.newsline.crawler.worker;

import io.newsline.crawler.frontier.OwnedPartition;
import io.newsline.crawler.frontier.StateRecords;
import io.newsline.crawler.run.ArticleLocks;
import io.newsline.crawler.run.ArticleSink;
import io.newsline.crawler.run.CrawlListener;
import io.newsline.crawler.state.ArticleVersion;
import io.newsline.crawler.state.UrlState;
import io.newsline.parser.Article;
import io.newsline.publisher.ArticlePublisher;
import io.newsline.publisher.ArticleRecords;
import io.newsline.record.ArticleRecord;
import io.newsline.record.DeadLetter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The worker's {@link ArticleSink} for one owned partition: versions come from the partition's restored state;
 * an article record goes out with the URL's state record and the article's version record in one transaction,
 * so a reader never sees a version whose state is lost, nor a state whose record is lost. The versions of one
 * article are decided and emitted one at a time, in order.
 */
final class PartitionSink implements ArticleSink {
    private final OwnedPartition part;
    private final WorkTransaction txn;
    private final WorkerConfig config;
    private final CrawlListener listener;
    private final ArticleLocks locks;

    /** @param locks shared by every sink of the worker, so that the versions of one article go out in order */
    PartitionSink(OwnedPartition part, WorkTransaction txn, WorkerConfig config, CrawlListener listener, ArticleLocks locks) {
        this.part = part;
        this.locks = locks;
        this.txn = txn;
        this.config = config;
        this.listener = listener;
    }

    @Override
    public Optional<UrlState> url(String url) {
        return part.url(url);
    }

    @Override
    public Decision publishIfChanged(Article article, Instant fetchedAt, UrlState after, String host) {
        String id = ArticleRecords.idOf(article);
        Decision decision = locks.withLock(id, () -> {
            Decision d = decide(id, article, fetchedAt);
            if (d instanceof Decision.Published published) {
                emit(published.record(), after);
            }
            return d;
        });
        if (decision instanceof Decision.Published published) {
            listener.published(host, published.record().id(), published.record().version(), published.record().url());
        } else {
            save(after);
        }
        return decision;
    }

    /** The next version of {@code article}, reserved in the partition's state, or unchanged; the caller holds the id's lock. */
    private Decision decide(String id, Article article, Instant fetchedAt) {
        String hash = ArticleRecords.contentHashOf(article);
        ArticleVersion known = part.version(id).orElse(null);
        if (known != null && known.contentHash().equals(hash)) {
            return new Decision.Unchanged(id);
        }
        int version = known == null ? 1 : known.version() + 1;
        part.put(new ArticleVersion(id, version, hash));
        return new Decision.Published(ArticleRecords.of(article, version, known == null ? null : known.contentHash(), fetchedAt));
    }

    /** The article record, the URL's state and the article's version, in the open transaction together. */
    private void emit(ArticleRecord record, UrlState after) {
        txn.emitPublication(List.of(ArticlePublisher.articleRecord(config.topic(), record), stateRecord(after),
                new org.apache.kafka.clients.producer.ProducerRecord<>(config.stateTopic(), part.partition(),
                        StateRecords.articleKey(record.id()),
                        StateRecords.encode(new ArticleVersion(record.id(), record.version(), record.contentHash())))));
        part.put(after);
    }

    @Override
    public void save(UrlState state) {
        txn.emit(List.of(stateRecord(state)));
        part.put(state);
    }

    @Override
    public void deadLetter(DeadLetter deadLetter) {
        txn.emit(List.of(ArticlePublisher.deadLetterRecord(config.deadLetterTopic(), deadLetter)));
    }

    private org.apache.kafka.clients.producer.ProducerRecord<String, byte[]> stateRecord(UrlState s) {
        return new org.apache.kafka.clients.producer.ProducerRecord<>(config.stateTopic(), part.partition(),
                StateRecords.urlKey(s.url()), StateRecords.encode(s));
    }
}
