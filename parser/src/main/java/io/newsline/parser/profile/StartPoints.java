package io.newsline.parser.profile;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;

/**
 * Where discovery starts: news sitemaps (or sitemap indexes), RSS/Atom feeds, and section (listing) pages.
 * Sitemaps announced in robots.txt are added by the crawler when {@code robotsSitemaps} is true. Every URL is an
 * absolute http(s) URL with a host (checked at load).
 */
public record StartPoints(
        @JsonDeserialize(contentUsing = StartUrls.Reader.class) List<String> sitemaps,
        @JsonDeserialize(contentUsing = StartUrls.Reader.class) List<String> feeds,
        @JsonDeserialize(contentUsing = StartUrls.Reader.class) List<String> sections,
        Boolean robotsSitemaps) {
    public static final StartPoints NONE = new StartPoints(null, null, null, null);

    public StartPoints {
        sitemaps = sitemaps == null ? List.of() : List.copyOf(sitemaps);
        feeds = feeds == null ? List.of() : List.copyOf(feeds);
        sections = sections == null ? List.of() : List.copyOf(sections);
        robotsSitemaps = robotsSitemaps == null ? Boolean.TRUE : robotsSitemaps;
    }
}
