package io.newsline.crawler.run;

import io.newsline.crawler.state.ArticleVersion;
import io.newsline.crawler.state.CrawlState;
import io.newsline.crawler.state.UrlKind;
import io.newsline.crawler.state.UrlState;
import io.newsline.crawler.state.VersionStore;
import io.newsline.publisher.ArticlePublisher;
import io.newsline.record.ArticleRecord;
import io.newsline.record.DeadLetter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The store of {@code newsline crawl}: the SQLite {@link CrawlState}, the truth for one process. A publication is
 * committed through the {@link PublicationLedger} (pending until the broker acknowledges it); versions reserved
 * before that are kept in memory, so that two edits of one article in one run are {@code v+1} and {@code v+2}.
 */
final class LocalStore implements CrawlStore {
    private final CrawlState state;
    private final PublicationLedger ledger;
    private final ArticlePublisher publisher;
    private final VersionStore versions;

    LocalStore(CrawlState state, PublicationLedger ledger, ArticlePublisher publisher) {
        this.state = state;
        this.ledger = ledger;
        this.publisher = publisher;
        this.versions = VersionStore.reservingOver(state::article);
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

    @Override
    public void commit(ArticleRecord record, UrlState after, String host) {
        ledger.send(record, after, host);
    }

    @Override
    public void deadLetter(DeadLetter deadLetter) {
        publisher.deadLetter(deadLetter);
    }
}
