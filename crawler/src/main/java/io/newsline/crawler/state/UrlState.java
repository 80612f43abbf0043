package io.newsline.crawler.state;

import java.time.Instant;
import java.util.Objects;

/**
 * What the crawl knows of one normalized URL.
 *
 * @param kind         article page or discovery page (sitemap, feed, section)
 * @param status       the outcome of the last visit
 * @param lastFetched  when it was last fetched (null: never)
 * @param nextDue      when it should be fetched again (null: never again)
 * @param articleId    the article id its last parse produced (null: none)
 * @param etag         validator for If-None-Match (null: none)
 * @param lastModified validator for If-Modified-Since, as the server sent it (null: none)
 * @param contentHash  content hash of the last parsed article (null: none)
 * @param articleDate  the article's published time, used to age the recrawl schedule (null: unknown)
 */
public record UrlState(
        String url,
        UrlKind kind,
        UrlStatus status,
        Instant lastFetched,
        Instant nextDue,
        int lastHttpStatus,
        String articleId,
        String etag,
        String lastModified,
        String contentHash,
        Instant articleDate) {

    public UrlState {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
    }

    /** A URL just discovered, due now. */
    public static UrlState discovered(String url, UrlKind kind, Instant now) {
        return new UrlState(url, kind, UrlStatus.NEW, null, now, 0, null, null, null, null, null);
    }

    /** True when it should be fetched at {@code now}. */
    public boolean isDue(Instant now) {
        return nextDue != null && !nextDue.isAfter(now);
    }
}
