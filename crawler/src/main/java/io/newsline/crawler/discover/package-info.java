/**
 * Finding article URLs: pure readers that take bytes the run has fetched and return
 * {@link io.newsline.crawler.discover.DiscoveredUrl}s: {@link io.newsline.crawler.discover.SitemapReader} (sitemaps,
 * sitemap indexes, Google News sitemaps, text and gzip'd sitemaps, through crawler-commons),
 * {@link io.newsline.crawler.discover.FeedReader} (RSS and Atom, through Rome) and
 * {@link io.newsline.crawler.discover.ListingLinks} (article links on section pages, through jsoup). Readers are
 * bounded and refuse XML DOCTYPEs, so a hostile file can neither exhaust memory nor make them read local files or
 * fetch URLs. What must not live here: fetching, politeness, or deciding when to crawl what.
 */
package io.newsline.crawler.discover;
