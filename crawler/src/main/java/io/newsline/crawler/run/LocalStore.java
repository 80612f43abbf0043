package io.newsline.crawler.run;

import io.newsline.crawler.state.ArticleVersion;
import io.newsline.crawler.state.CrawlState;
import io.newsline.crawler.state.PendingPublication;
import io.newsline.crawler.state.StateStoreException;
import io.newsline.crawler.state.UrlKind;
import io.newsline.crawler.state.UrlState;
import io.newsline.crawler.state.VersionStore;
import io.newsline.publisher.ArticlePublisher;
import io.newsline.record.ArticleRecord;
import io.newsline.record.DeadLetter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The store of {@code newsline crawl}: the SQLite {@link CrawlState}, the truth for one process, and the ledger that
 * publishes each article version exactly once. A record is marked pending in the state before it is sent; its
 * version and the URL's state are committed only when the broker has acknowledged it. A record the broker never
 * acknowledged stays pending: not lost, and reconciled against the topic by the next run. Versions reserved before
 * the acknowledgement are kept in memory, so that two edits of one article in one run are {@code v+1} and {@code v+2}.
 */
final class LocalStore implements CrawlStore {
    private final CrawlState state;
    private final ArticlePublisher publisher;
    private final VersionStore versions;
    private final long runId;
    private final CrawlListener listener;
    private final Runnable onBrokerLost;
    private final Map<PendingPublication, CompletableFuture<Void>> inFlight = new ConcurrentHashMap<>();
    private final AtomicInteger undelivered = new AtomicInteger();
    private final AtomicBoolean brokerLost = new AtomicBoolean();

    /**
     * @param onBrokerLost called once, on a Kafka thread, when the first record is not acknowledged: pages
     *                     fetched after that could not be published either, so the run should stop. Must not block.
     */
    LocalStore(CrawlState state, ArticlePublisher publisher, long runId, CrawlListener listener, Runnable onBrokerLost) {
        this.state = state;
        this.publisher = publisher;
        this.versions = VersionStore.reservingOver(state::article);
        this.runId = runId;
        this.listener = listener;
        this.onBrokerLost = onBrokerLost;
    }

    @Override
    public Optional<UrlState> url(String url) {
        return state.url(url);
    }

    @Override
    public void save(UrlState urlState) {
        state.saveUrl(urlState);
    }

    @Override
    public List<UrlState> due(Instant now, int limit) {
        return state.due(UrlKind.ARTICLE, now, limit);
    }

    @Override
    public Optional<ArticleVersion> latest(String articleId) {
        return versions.latest(articleId);
    }

    @Override
    public void reserve(ArticleVersion next) {
        versions.reserve(next);
    }

    /** Marks the record pending and hands it to the producer; the acknowledgement commits it with {@code after}. */
    @Override
    public void commit(ArticleRecord record, UrlState after, String host) {
        PendingPublication pending = new PendingPublication(record.id(), record.version(), record.contentHash(), record.url(), runId);
        state.addPending(pending);
        long sentAt = System.nanoTime();
        listener.sentToBroker(host, record.id());
        CompletableFuture<Void> done = publisher.publish(record).handle((delivery, failure) -> {
            if (failure == null) {
                listener.acknowledged(host, record.id(), java.time.Duration.ofNanos(System.nanoTime() - sentAt));
                acknowledged(pending, after, record, host);
            } else {
                undelivered.incrementAndGet();
                listener.error(host, record.url(), ErrorKind.NOT_DELIVERED,
                        "not delivered to Kafka (kept for the next run): " + rootMessage(failure));
                if (brokerLost.compareAndSet(false, true)) {
                    onBrokerLost.run();
                }
            }
            return null;
        });
        inFlight.put(pending, done);
        done.whenComplete((v, t) -> inFlight.remove(pending));
    }

    private void acknowledged(PendingPublication pending, UrlState after, ArticleRecord record, String host) {
        try {
            state.acknowledged(pending, after);
        } catch (StateStoreException e) {
            // on a Kafka thread: reported here, or nobody would hear of it
            listener.error(host, record.url(), ErrorKind.STATE_STORE, e.getMessage() + " (the record " + record.id()
                    + " v" + record.version() + " is in Kafka and stays pending; the next run settles it)");
            return;
        }
        listener.published(host, record.id(), record.version(), record.url());
    }

    @Override
    public void deadLetter(DeadLetter deadLetter) {
        publisher.deadLetter(deadLetter);
    }

    /** Waits until every sent record is acknowledged or failed, at most {@code timeout}. Returns those still open. */
    int awaitAll(Duration timeout) {
        publisher.flush();
        try {
            CompletableFuture.allOf(inFlight.values().toArray(new CompletableFuture<?>[0])).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            // what is still open is counted by the caller
        }
        return inFlight.size();
    }

    /** Records the broker did not acknowledge in this run; they wait, pending, for the next run. */
    int undelivered() {
        return undelivered.get() + inFlight.size();
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
