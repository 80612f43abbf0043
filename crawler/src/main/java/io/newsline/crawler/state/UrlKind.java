package io.newsline.crawler.state;

/** What a URL is to the crawl. */
public enum UrlKind {
    /** A page expected to hold one article. */
    ARTICLE,
    /** A page read for links: sitemap, feed, section or listing page. Refetched every run. */
    DISCOVERY
}
