package io.newsline.crawler.discover;

/**
 * What a discovery page is, as the site file or robots.txt declares it: how it is fetched and read, and what is
 * recorded as the source of each URL found on it. The one type for this idea in both modes.
 */
public enum SourceKind {
    /** A sitemap or Google News sitemap listed in the site file, or a sitemap listed by a sitemap index. */
    SITEMAP,
    /** An RSS or Atom feed. */
    FEED,
    /** A section (listing) page. */
    LISTING,
    /** A sitemap announced by robots.txt. */
    ROBOTS,
    /** A link on an article page the crawl fetched ("most read", "related"): found, never fetched as a discovery page. */
    LINK;

    /** How a record's {@code extraction.foundBy.source} names this kind. */
    public String label() {
        return switch (this) {
            case SITEMAP -> "sitemap";
            case FEED -> "feed";
            case LISTING -> "section";
            case ROBOTS -> "robots";
            case LINK -> "link";
        };
    }

    /** True for the kinds read as sitemaps ({@link #SITEMAP}, {@link #ROBOTS}): streamed, and capped per run. */
    public boolean isSitemap() {
        return this == SITEMAP || this == ROBOTS;
    }
}
