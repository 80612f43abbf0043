package io.newsline.crawler.worker;

import io.newsline.crawler.frontier.OwnedPartition;
import io.newsline.crawler.frontier.StateRecords;
import io.newsline.crawler.run.CrawlListener;
import io.newsline.crawler.run.CrawlStore;
import io.newsline.crawler.state.ArticleVersion;
import io.newsline.crawler.state.UrlState;
import io.newsline.publisher.work.Outgoing;
import io.newsline.publisher.work.WorkTransaction;
import io.newsline.record.ArticleRecord;
import io.newsline.record.DeadLetter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The worker's {@link CrawlStore}: the state of one owned frontier partition, restored from the crawl-state topic,
 * with every change written to that topic in the worker's open transaction. An article record goes out with the
 * URL's state record and the article's version record in one transaction, so a reader never sees a version whose
 * state is lost, nor a state whose record is lost; a version reserved in a transaction that is aborted is
 * forgotten with the generation, whose successor restores the partition from the topic.
 */
final class PartitionStore implements CrawlStore {
    private final OwnedPartition part;
    private final WorkTransaction txn;
    private final WorkerConfig config;
    private final CrawlListener listener;

    PartitionStore(OwnedPartition part, WorkTransaction txn, WorkerConfig config, CrawlListener listener) {
        this.part = part;
        this.txn = txn;
        this.config = config;
        this.listener = listener;
    }

    @Override
    public Optional<UrlState> url(String url) {
        return part.url(url);
    }

    @Override
    public void save(UrlState state) {
        txn.emit(List.of(stateRecord(state)), () -> part.put(state)); // in place before the commit: see WorkerRun#commit
    }

    @Override
    public List<UrlState> due(Instant now, int limit) {
        return part.due(now, limit);
    }

    @Override
    public Optional<ArticleVersion> latest(String articleId) {
        return part.latest(articleId);
    }

    @Override
    public void reserve(ArticleVersion next) {
        part.reserve(next);
    }

    /**
     * The article record, the URL's state and the article's version, in the open transaction together; the listener is
     * told {@code acknowledged} with the time from the send to the commit that made them visible.
     */
    @Override
    public void commit(ArticleRecord record, UrlState after, String host) {
        ArticleVersion version = new ArticleVersion(record.id(), record.version(), record.contentHash());
        txn.emitPublication(List.of(Outgoing.article(config.settings().topic(), record), stateRecord(after),
                Outgoing.to(config.stateTopic(), part.partition(), StateRecords.articleKey(record.id()),
                        StateRecords.encode(version))), () -> {
            part.put(after);
            part.put(version);
        }, visible -> listener.acknowledged(host, record.id(), visible));
        listener.published(host, record.id(), record.version(), record.url());
    }

    @Override
    public void deadLetter(DeadLetter deadLetter) {
        txn.emit(List.of(Outgoing.deadLetter(config.settings().deadLetterTopic(), deadLetter)));
    }

    private Outgoing stateRecord(UrlState s) {
        return Outgoing.to(config.stateTopic(), part.partition(), StateRecords.urlKey(s.url()), StateRecords.encode(s));
    }
}
