package io.newsline.crawler.run;

import io.newsline.crawler.state.UrlState;
import io.newsline.parser.Article;
import io.newsline.record.DeadLetter;
import java.time.Instant;
import java.util.Optional;

/**
 * The {@link ArticleSink} of both modes: the {@link Versioner} decides over the {@link CrawlStore}, which commits a
 * new version with the URL's state, or saves the state alone when the article is unchanged.
 */
public final class StoreSink implements ArticleSink {
    private final CrawlStore store;
    private final Versioner versioner;

    /** @param locks shared by every sink that publishes to one topic, so that one article's versions go out in order */
    public StoreSink(CrawlStore store, ArticleLocks locks) {
        this.store = store;
        this.versioner = new Versioner(store, locks);
    }

    @Override
    public Optional<UrlState> url(String url) {
        return store.url(url);
    }

    @Override
    public Decision publishIfChanged(Article article, Instant fetchedAt, UrlState after, String host) {
        Decision decision = versioner.publishIfChanged(article, fetchedAt, record -> store.commit(record, after, host));
        if (decision instanceof Decision.Unchanged) {
            store.save(after);
        }
        return decision;
    }

    @Override
    public void save(UrlState state) {
        store.save(state);
    }

    @Override
    public void deadLetter(DeadLetter deadLetter) {
        store.deadLetter(deadLetter);
    }
}
