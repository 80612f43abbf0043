package io.newsline.crawler.politeness;

import java.time.Duration;

/**
 * Events of polite crawling, for progress lines, logs and the run summary. Called from scheduler threads; keep
 * implementations quick and thread-safe. Every method has an empty default.
 */
public interface PolitenessListener {

    /** {@code host} will get no request for {@code wait} (Retry-After honoured, or backoff after a failure). */
    default void backedOff(String host, Duration wait) {
    }

    /**
     * {@code url}'s request starts now, after it waited {@code waited} for its host's turn (the delay since the host's
     * previous request, a Crawl-delay, a backoff); zero when the host was free. Told once per request, robots.txt aside.
     */
    default void waitedForTurn(String url, Duration waited) {
    }

    /** {@code host} gets no more requests in this run; {@code reason} says why and what to change. */
    default void parked(String host, String reason) {
    }

    /** robots.txt forbids {@code url} to Newsline; it was not fetched. */
    default void robotsDenied(String url) {
    }

    /** robots.txt of {@code host} could not be read (5xx, 429, timeout): the host is not crawled this round. */
    default void deferred(String host, String reason) {
    }

    /**
     * {@code url} was not fetched because its host's address is loopback, private or internal and the SSRF guard
     * refused it (found when asking for robots.txt); {@code reason} names the address and the way out.
     */
    default void addressBlocked(String url, String reason) {
    }

    /** {@code url} was given up without (another) fetch: host parked or deferred, attempts used up, or shutdown. */
    default void dropped(String url, String reason) {
    }

    /** The task for {@code url} (or the robots check before it) threw; the URL is not retried. */
    default void taskFailed(String url, RuntimeException error) {
    }

    /**
     * The task for {@code url} (or the robots check before it) threw an {@link Error} (out of memory, stack overflow):
     * the scheduler stopped taking work, and every queued URL is {@link #dropped dropped} after this event.
     */
    default void fatal(String url, Error error) {
    }

    /** A listener that ignores everything. */
    PolitenessListener NONE = new PolitenessListener() {
    };
}
