package io.newsline.crawler.run;

import io.newsline.crawler.state.CrawlState;
import io.newsline.crawler.state.PendingPublication;
import io.newsline.crawler.state.StateStoreException;
import io.newsline.crawler.state.UrlState;
import io.newsline.publisher.ArticlePublisher;
import io.newsline.publisher.ArticleRecords;
import io.newsline.record.ArticleRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Publishes each article version exactly once: the commit of a publication in {@code newsline crawl}. The versions,
 * decided by the {@link Versioner}, reach it in order, one article id at a time, so a topic compacted per id keeps
 * the highest version. It marks a record pending in the crawl state before it is sent, and commits the version
 * and the URL's state only when the broker has acknowledged the record. A record the broker never acknowledged
 * stays pending: not lost, and reconciled against the topic by the next run.
 */
final class PublicationLedger {

    private final CrawlState state;
    private final ArticlePublisher publisher;
    private final long runId;
    private final CrawlListener listener;
    private final Map<PendingPublication, CompletableFuture<Void>> inFlight = new ConcurrentHashMap<>();
    private final AtomicInteger undelivered = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicBoolean brokerLost = new java.util.concurrent.atomic.AtomicBoolean();
    private final Runnable onBrokerLost;

    /**
     * @param onBrokerLost called once, on a Kafka thread, when the first record is not acknowledged: pages
     *                     fetched after that could not be published either, so the run should stop. Must not block.
     */
    PublicationLedger(CrawlState state, ArticlePublisher publisher, long runId, CrawlListener listener, Runnable onBrokerLost) {
        this.state = state;
        this.publisher = publisher;
        this.runId = runId;
        this.listener = listener;
        this.onBrokerLost = onBrokerLost;
    }

    /**
     * Marks the record pending and hands it to the producer; the acknowledgement commits its version and
     * {@code urlStateAfterAck} atomically. Returns once the record is handed to the producer.
     */
    void send(ArticleRecord record, UrlState urlStateAfterAck, String host) {
        PendingPublication pending = new PendingPublication(record.id(), record.version(), record.contentHash(), record.url(), runId);
        state.addPending(pending);
        long sentAt = System.nanoTime();
        listener.sentToBroker(host, record.id());
        CompletableFuture<Void> done = publisher.publish(record).handle((delivery, failure) -> {
            if (failure == null) {
                listener.acknowledged(host, record.id(), Duration.ofNanos(System.nanoTime() - sentAt));
                try {
                    state.acknowledged(pending, urlStateAfterAck);
                } catch (StateStoreException e) {
                    // on a Kafka thread: reported here, or nobody would hear of it
                    listener.error(host, record.url(), ErrorKind.STATE_STORE, e.getMessage() + " (the record " + record.id()
                            + " v" + record.version() + " is in Kafka and stays pending; the next run settles it)");
                    return null;
                }
                listener.published(host, record.id(), record.version(), record.url());
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

    /** Waits until every sent record is acknowledged or failed, at most {@code timeout}. Returns those still open. */
    int awaitAll(Duration timeout) {
        publisher.flush();
        CompletableFuture<?>[] open = inFlight.values().toArray(new CompletableFuture<?>[0]);
        try {
            CompletableFuture.allOf(open).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            // counted below
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
