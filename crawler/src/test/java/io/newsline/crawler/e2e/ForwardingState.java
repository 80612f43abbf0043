package io.newsline.crawler.e2e;

import io.newsline.crawler.state.ArticleVersion;
import io.newsline.crawler.state.CrawlState;
import io.newsline.crawler.state.PendingPublication;
import io.newsline.crawler.state.StateBinding;
import io.newsline.crawler.state.UrlKind;
import io.newsline.crawler.state.UrlState;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link CrawlState} passing every call to another; tests override a method to step in. */
class ForwardingState implements CrawlState {
    final CrawlState next;

    ForwardingState(CrawlState next) {
        this.next = next;
    }

    @Override
    public Optional<UrlState> url(String url) {
        return next.url(url);
    }

    @Override
    public void saveUrl(UrlState state) {
        next.saveUrl(state);
    }

    @Override
    public boolean discover(String url, UrlKind kind, Instant now) {
        return next.discover(url, kind, now);
    }

    @Override
    public List<UrlState> due(UrlKind kind, Instant now, int limit) {
        return next.due(kind, now, limit);
    }

    @Override
    public Optional<ArticleVersion> article(String articleId) {
        return next.article(articleId);
    }

    @Override
    public void addPending(PendingPublication pending) {
        next.addPending(pending);
    }

    @Override
    public void acknowledged(PendingPublication pending, UrlState urlState) {
        next.acknowledged(pending, urlState);
    }

    @Override
    public void dropPending(PendingPublication pending) {
        next.dropPending(pending);
    }

    @Override
    public List<PendingPublication> pending() {
        return next.pending();
    }

    @Override
    public long startRun(Instant now, Map<Integer, Long> topicEndOffsets) {
        return next.startRun(now, topicEndOffsets);
    }

    @Override
    public Map<Integer, Long> startOffsets(Collection<Long> runIds) {
        return next.startOffsets(runIds);
    }

    @Override
    public Optional<StateBinding> binding() {
        return next.binding();
    }

    @Override
    public void bind(StateBinding binding) {
        next.bind(binding);
    }

    @Override
    public void reset(StateBinding binding) {
        next.reset(binding);
    }

    @Override
    public long countUrls() {
        return next.countUrls();
    }

    @Override
    public void close() {
        next.close();
    }

    @Override
    public Map<String, Instant> lastAsked() {
        return next.lastAsked();
    }

    @Override
    public void asked(String host, Instant at) {
        next.asked(host, at);
    }
}
