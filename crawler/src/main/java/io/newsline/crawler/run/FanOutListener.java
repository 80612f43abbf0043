package io.newsline.crawler.run;

import io.newsline.crawler.discover.SourceKind;
import io.newsline.parser.FieldSource;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Passes every event to several listeners, in order. */
public final class FanOutListener implements CrawlListener {
    private final List<CrawlListener> listeners;

    public FanOutListener(List<CrawlListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public void info(String message) {
        listeners.forEach(l -> l.info(message));
    }

    @Override
    public void discovered(String host, String url) {
        listeners.forEach(l -> l.discovered(host, url));
    }

    @Override
    public void discovered(String host, String url, SourceKind source) {
        listeners.forEach(l -> l.discovered(host, url, source));
    }

    @Override
    public void responded(String host, String url, int status, long bytes, Duration elapsed) {
        listeners.forEach(l -> l.responded(host, url, status, bytes, elapsed));
    }

    @Override
    public void waitedForTurn(String host, String url, Duration waited) {
        listeners.forEach(l -> l.waitedForTurn(host, url, waited));
    }

    @Override
    public void extracted(String host, String profile, Map<String, FieldSource> fields) {
        listeners.forEach(l -> l.extracted(host, profile, fields));
    }

    @Override
    public void sentToBroker(String host, String articleId) {
        listeners.forEach(l -> l.sentToBroker(host, articleId));
    }

    @Override
    public void acknowledged(String host, String articleId, Duration latency) {
        listeners.forEach(l -> l.acknowledged(host, articleId, latency));
    }

    @Override
    public void fetched(String host, String url, int status, Duration elapsed) {
        listeners.forEach(l -> l.fetched(host, url, status, elapsed));
    }

    @Override
    public void notModified(String host, String url) {
        listeners.forEach(l -> l.notModified(host, url));
    }

    @Override
    public void published(String host, String articleId, int version, String url) {
        listeners.forEach(l -> l.published(host, articleId, version, url));
    }

    @Override
    public void unchanged(String host, String url) {
        listeners.forEach(l -> l.unchanged(host, url));
    }

    @Override
    public void skipped(String host, String url, SkipReason reason, String detail) {
        listeners.forEach(l -> l.skipped(host, url, reason, detail));
    }

    @Override
    public void backedOff(String host, Duration wait, String reason) {
        listeners.forEach(l -> l.backedOff(host, wait, reason));
    }

    @Override
    public void parked(String host, String reason) {
        listeners.forEach(l -> l.parked(host, reason));
    }

    @Override
    public void deadLettered(String host, String url, String reason) {
        listeners.forEach(l -> l.deadLettered(host, url, reason));
    }

    @Override
    public void error(String host, String url, ErrorKind kind, String message) {
        listeners.forEach(l -> l.error(host, url, kind, message));
    }
}
