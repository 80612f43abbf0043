package io.newsline.crawler.run;

import io.newsline.crawler.archive.ArchivedPage;
import io.newsline.crawler.archive.ReplayTarget;
import io.newsline.crawler.state.CrawlState;
import io.newsline.crawler.state.UrlKind;
import io.newsline.crawler.state.UrlState;
import io.newsline.crawler.state.UrlStatus;
import io.newsline.parser.Article;
import io.newsline.parser.profile.SiteProfile;
import io.newsline.publisher.ArticlePublisher;
import io.newsline.publisher.ArticleRecords;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The publication of {@code newsline replay}: a crawl's, over the same crawl state. The {@link StoreSink} over the
 * {@link LocalStore} decides each article's version with the {@link Versioner} (unchanged content publishes nothing;
 * changed: the next version; new: version 1) and commits it through the {@link LocalStore}, pending until
 * the broker acknowledges it; the record's {@code fetchedAt} is the WARC date. A URL the crawl knows keeps its
 * schedule (only its article id and content hash move on); one it does not know is recorded as done and not due, so
 * that a backfill does not make the crawl fetch it.
 */
public final class ReplayPublication implements ReplayTarget {
    private final StoreSink sink;
    private final LocalStore store;
    private final Duration deliveryTimeout;

    ReplayPublication(CrawlState state, ArticlePublisher publisher, String topic, CrawlListener listener,
                      Duration brokerTimeout, Duration deliveryTimeout) {
        new PendingReconciler(state, publisher.config(), topic, listener).reconcile(brokerTimeout);
        long runId = state.startRun(Clock.systemUTC().instant(), publisher.endOffsets());
        this.store = new LocalStore(state, publisher, runId, listener, () -> listener.info(
                "Kafka at " + publisher.config().bootstrapServers() + " stopped acknowledging records"));
        this.sink = new StoreSink(store, new ArticleLocks());
        this.deliveryTimeout = deliveryTimeout;
    }

    @Override
    public boolean publish(Article article, ArchivedPage page) {
        String url = page.url();
        Optional<UrlState> known = sink.url(url);
        String id = ArticleRecords.idOf(article);
        String hash = ArticleRecords.contentHashOf(article);
        Instant articleDate = article.publishedAt() == null ? null : article.publishedAt().toInstant();
        UrlState after = known.map(k -> new UrlState(k.url(), k.kind(), k.status(), k.lastFetched(), k.nextDue(),
                        k.lastHttpStatus(), id, k.etag(), k.lastModified(), hash, articleDate))
                .orElseGet(() -> new UrlState(url, UrlKind.ARTICLE, UrlStatus.DONE, page.fetchedAt(), null, page.status(),
                        id, null, null, hash, articleDate));
        String host = SiteProfile.hostOf(url).orElse("?");
        return sink.publishIfChanged(article, page.fetchedAt(), after, host) instanceof ArticleSink.Decision.Published;
    }

    @Override
    public long finish() {
        store.awaitAll(deliveryTimeout);
        return store.undelivered();
    }
}
