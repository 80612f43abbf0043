package io.newsline.crawler.discover;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One URL found by discovery, normalized, with what the source said about it.
 *
 * @param url           the normalized absolute URL
 * @param source        where it was found
 * @param publishedAt   publication time from a news sitemap or feed, or null
 * @param title         title from a news sitemap, feed or link text, or null
 * @param lastModified  {@code lastmod} of a sitemap entry or the feed entry's update time, or null
 */
public record DiscoveredUrl(String url, SourceKind source, OffsetDateTime publishedAt, String title, Instant lastModified) {

    public DiscoveredUrl {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(source, "source");
        title = title == null || title.isBlank() ? null : title.strip();
    }
}
