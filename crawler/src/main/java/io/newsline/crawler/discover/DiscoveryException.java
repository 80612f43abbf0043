package io.newsline.crawler.discover;

/** A sitemap or feed could not be read; the message names its URL and what was wrong. */
public final class DiscoveryException extends Exception {
    private static final long serialVersionUID = 1L;

    public DiscoveryException(String message) {
        super(message);
    }

    public DiscoveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
