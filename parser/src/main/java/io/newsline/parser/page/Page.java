package io.newsline.parser.page;

import java.time.Instant;
import java.util.Objects;

/**
 * A fetched page as the crawler hands it to the parser: final URL, raw body bytes (not yet decoded),
 * the HTTP {@code Content-Type} header (null when absent), and when it was fetched.
 */
public record Page(String url, byte[] body, String contentType, Instant fetchedAt) {
    public Page {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
    }
}
