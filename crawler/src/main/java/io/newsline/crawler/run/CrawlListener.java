package io.newsline.crawler.run;

import java.time.Duration;

/**
 * What a run reports as it goes. Called from worker threads; implementations must be thread-safe and quick.
 * The CLI turns these into the progress line, log lines and the summary.
 */
public interface CrawlListener {

    /** One line about the run itself (broker started, pending records reconciled, ...). */
    default void info(String message) {
    }

    default void discovered(String host, String url) {
    }

    default void fetched(String host, String url, int status, Duration elapsed) {
    }

    default void notModified(String host, String url) {
    }

    default void published(String host, String articleId, int version, String url) {
    }

    default void unchanged(String host, String url) {
    }

    /**
     * A page skipped on purpose: not an article, robots, private address, too large, ... Count by {@code reason};
     * {@code detail} says more for people (the parser's reason, the fetch message), or is empty.
     */
    default void skipped(String host, String url, SkipReason reason, String detail) {
    }

    default void backedOff(String host, Duration wait, String reason) {
    }

    default void parked(String host, String reason) {
    }

    default void deadLettered(String host, String url, String reason) {
    }

    /** Something went wrong for one URL; the run goes on. Prefer the typed {@link #error(String, String, ErrorKind, String)}. */
    default void error(String host, String url, String message) {
    }

    /**
     * Something of {@code kind} went wrong for one URL; the run goes on unless {@link ErrorKind#stopsRun()}. By
     * default passed on to the untyped {@link #error(String, String, String)} with the message alone.
     */
    default void error(String host, String url, ErrorKind kind, String message) {
        error(host, url, message);
    }

    CrawlListener NONE = new CrawlListener() {
    };
}
