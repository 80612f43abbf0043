package io.newsline.crawler.state;

/** The crawl state could not be read or written. The message names the file and what to do. */
public final class StateStoreException extends RuntimeException {
    public StateStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
