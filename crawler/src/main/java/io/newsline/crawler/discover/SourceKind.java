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
    ROBOTS;

    /** True for the kinds read as sitemaps ({@link #SITEMAP}, {@link #ROBOTS}): streamed, and capped per run. */
    public boolean isSitemap() {
        return this == SITEMAP || this == ROBOTS;
    }
}
