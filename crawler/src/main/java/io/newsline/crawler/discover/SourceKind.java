package io.newsline.crawler.discover;

/** Where a URL was discovered. */
public enum SourceKind {
    /** A sitemap or Google News sitemap listed in the site file. */
    SITEMAP,
    /** An RSS or Atom feed. */
    FEED,
    /** A section (listing) page. */
    LISTING,
    /** A sitemap announced by robots.txt. */
    ROBOTS
}
