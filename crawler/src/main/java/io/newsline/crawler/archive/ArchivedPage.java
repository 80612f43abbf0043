package io.newsline.crawler.archive;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * One HTML response read from a WARC file: its target URL, HTTP status, {@code Content-Type}, payload (after HTTP
 * transfer and content decoding), the WARC date (when it was fetched), and where it was found.
 *
 * @param truncated the record is marked {@code WARC-Truncated} (CC-NEWS cuts bodies at 1 MiB): the body is a prefix
 */
public record ArchivedPage(String url, int status, String contentType, byte[] body, Instant fetchedAt, boolean truncated,
                           Path file, long offset) {
    public ArchivedPage {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(file, "file");
    }
}
