package io.newsline.crawler.state;

/** The outcome of the last visit of a URL. */
public enum UrlStatus {
    /** Discovered, never fetched. */
    NEW,
    /** Fetched and fully handled: published (and acknowledged), unchanged, or not modified. */
    DONE,
    /** Fetched, but not an article (listing page, index); nothing to publish. */
    NOT_ARTICLE,
    /** Fetched, extraction failed; dead-lettered. */
    FAILED,
    /** Gone (404/410) or refused (robots, private address); not retried until rediscovered. */
    GONE,
    /** Could not be fetched this time (5xx, timeout, host parked); retried next run. */
    RETRY
}
