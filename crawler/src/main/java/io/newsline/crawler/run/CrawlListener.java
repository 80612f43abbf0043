package io.newsline.crawler.run;

import io.newsline.crawler.discover.SourceKind;
import io.newsline.parser.FieldSource;
import java.time.Duration;
import java.util.Map;

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

    /** A new article URL found by discovery on a page of kind {@code source}; by default passed on to {@link #discovered(String, String)}. */
    default void discovered(String host, String url, SourceKind source) {
        discovered(host, url);
    }

    /**
     * An article page request ended: {@code status} is the HTTP status (0 when no response came: timeout, refused
     * address, broken connection), {@code bytes} the body's size, {@code elapsed} the time the request took. Told for
     * every request, whatever came of it, before the more specific event ({@link #fetched}, {@link #notModified},
     * {@link #skipped}, {@link #error}).
     */
    default void responded(String host, String url, int status, long bytes, Duration elapsed) {
    }

    /**
     * A page of {@code host} was extracted as an article with the site file {@code profile} ({@code null}: no site
     * file); {@code fields} says where each record field came from (the record's {@code extraction.fields}).
     */
    default void extracted(String host, String profile, Map<String, FieldSource> fields) {
    }

    /** A record of {@code host} was handed to the Kafka producer; {@link #acknowledged} or a NOT_DELIVERED error follows. */
    default void sentToBroker(String host, String articleId) {
    }

    /**
     * The broker acknowledged a record of {@code host} {@code latency} after it was handed to the producer; for a
     * worker, the transaction holding it was committed (made visible to readers) {@code latency} after its send.
     */
    default void acknowledged(String host, String articleId, Duration latency) {
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

    /** The request for {@code url} starts after it waited {@code waited} for {@code host}'s turn (politeness); zero when the host was free. */
    default void waitedForTurn(String host, String url, Duration waited) {
    }

    default void backedOff(String host, Duration wait, String reason) {
    }

    default void parked(String host, String reason) {
    }

    default void deadLettered(String host, String url, String reason) {
    }

    /** Something of {@code kind} went wrong for one URL; the run goes on unless {@link ErrorKind#stopsRun()}. */
    default void error(String host, String url, ErrorKind kind, String message) {
    }

    CrawlListener NONE = new CrawlListener() {
    };
}
