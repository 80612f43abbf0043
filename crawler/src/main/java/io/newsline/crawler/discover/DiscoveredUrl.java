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
 * @param via           the page it was found on (the sitemap, feed, section or article page), or null when unknown
 */
public record DiscoveredUrl(String url, SourceKind source, OffsetDateTime publishedAt, String title, Instant lastModified,
                            String via) {

    /** A URL whose page of discovery is not (yet) known. */
    public DiscoveredUrl(String url, SourceKind source, OffsetDateTime publishedAt, String title, Instant lastModified) {
        this(url, source, publishedAt, title, lastModified, null);
    }

    /** A URL linked from the article page {@code via}. */
    public static DiscoveredUrl linkedFrom(String url, String via) {
        return new DiscoveredUrl(url, SourceKind.LINK, null, null, null, via);
    }

    /** This URL, found on the page {@code page}, under the URL {@code normalized}. */
    public DiscoveredUrl foundOn(String page, String normalized) {
        return new DiscoveredUrl(normalized, source, publishedAt, title, lastModified, page);
    }

    /**
     * True when this source announces an edit of the URL made after {@code lastFetched} (a sitemap {@code lastmod} or a
     * feed entry's updated time later than the last fetch): the page is due now, whatever its age.
     */
    public boolean announcesEditSince(Instant lastFetched) {
        return lastModified != null && lastFetched != null && lastModified.isAfter(lastFetched);
    }

    public DiscoveredUrl {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(source, "source");
        title = title == null || title.isBlank() ? null : title.strip();
    }
}
